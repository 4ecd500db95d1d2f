#!/usr/bin/env python3
"""lang_bench.py EXTRACT.jsonl HTMLDIR... - language detection against a
silver truth: the primary subtag the page declares (<html lang>, then
Content-Language, then og:locale). Reads `concord extract` output (path,
lang) and the pages; prints agreement and every disagreement.
lang_bench.py --short N EXTRACT.jsonl > SHORT.jsonl writes each article's
first N bytes (cut at a space) as JSON Lines, and
lang_bench.py --short-score EXTRACT.jsonl SHORT_EXTRACT.jsonl HTMLDIR...
scores the detection on those prefixes (line k of SHORT is article k)."""
import gzip, json, re, sys, os

PATS = [
    re.compile(rb'<html\b[^>]*?\blang\s*=\s*["\']?([A-Za-z]{2,3})', re.I),
    re.compile(rb'<meta\b[^>]*http-equiv\s*=\s*["\']?content-language["\']?[^>]*content\s*=\s*["\']?([A-Za-z]{2,3})', re.I),
    re.compile(rb'<meta\b[^>]*content\s*=\s*["\']?([A-Za-z]{2,3})[^>]*http-equiv\s*=\s*["\']?content-language', re.I),
    re.compile(rb'<meta\b[^>]*property\s*=\s*["\']og:locale["\'][^>]*content\s*=\s*["\']?([A-Za-z]{2,3})', re.I),
    re.compile(rb'<meta\b[^>]*content\s*=\s*["\']?([A-Za-z]{2,3})[^>]*property\s*=\s*["\']og:locale["\']', re.I),
]
ALIAS = {"nb": "no", "nn": "no", "iw": "he", "in": "id", "jp": "ja"}

def declared(path):
    with open(path, "rb") as f:
        raw = f.read()
    if path.endswith(".gz"):
        raw = gzip.decompress(raw)
    for p in PATS:
        m = p.search(raw)
        if m:
            c = m.group(1).decode().lower()
            return ALIAS.get(c, c)
    return None

def load(path):
    return [json.loads(l) for l in open(path, encoding="utf-8")]

def short(n, path):
    for r in load(path):
        t = r["text"][:n]
        if len(r["text"]) > n and " " in t:
            t = t[:t.rindex(" ")]
        print(json.dumps({"text": t, "url": r.get("url")}))

def main():
    if sys.argv[1] == "--short":
        return short(int(sys.argv[2]), sys.argv[3])
    got = {}
    if sys.argv[1] == "--short-score":
        full = load(sys.argv[2])
        for r in load(sys.argv[3]):
            k = int(r["path"].rsplit(":", 1)[1]) - 1
            got[os.path.basename(full[k]["path"])] = r.get("lang")
        del sys.argv[1:3]
    else:
        for r in load(sys.argv[1]):
            got[os.path.basename(r["path"])] = r.get("lang")
    n = agree = nolang = nodecl = 0
    bad = []
    for d in sys.argv[2:]:
        for name in sorted(os.listdir(d)):
            decl = declared(os.path.join(d, name))
            if name not in got:
                continue
            if decl is None:
                nodecl += 1
                continue
            n += 1
            ours = got[name]
            if ours == decl:
                agree += 1
            else:
                nolang += ours is None
                bad.append((name, decl, ours))
    for name, decl, ours in bad:
        print("DIFF %s declared=%s ours=%s" % (name, decl, ours))
    print("pages with a declared language: %d (without: %d)" % (n, nodecl))
    print("agreement: %d/%d = %.3f; ours NULL on %d" % (agree, n, agree / max(n, 1), nolang))

main()
