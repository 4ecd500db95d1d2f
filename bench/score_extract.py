#!/usr/bin/env python3
"""score_extract.py - scores extraction output against a ground truth.

Usage: score_extract.py GROUND_TRUTH.json OUT.jsonl [--show N]
The published metric of the Scrapinghub article-extraction benchmark:
tokens are \\w+ (Unicode, case kept), shingles are runs of 4 consecutive
tokens (fewer than 4 tokens: one shingle of them all), TP/FP/FN over
shingle multisets per page; precision and recall are averaged over pages
and F1 is computed from the two means. Also reports title/date/author
exact-match rates when the truth has them (WCXB)."""
import json
import re
import sys
from collections import Counter

TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text):
    toks = TOKEN.findall(text or "")
    if len(toks) < 4:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i:i + 4]) for i in range(len(toks) - 3))


def page_pr(pred, truth):
    p, t = shingles(pred), shingles(truth)
    tp = sum((p & t).values())
    fp = sum(p.values()) - tp
    fn = sum(t.values()) - tp
    prec = tp / (tp + fp) if tp + fp else (1.0 if not t else 0.0)
    rec = tp / (tp + fn) if tp + fn else 1.0
    return prec, rec


def main():
    truth = json.load(open(sys.argv[1], encoding="utf-8"))
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 0
    out = {}
    for line in open(sys.argv[2], encoding="utf-8"):
        r = json.loads(line)
        out[r["id"]] = r
    ps, rs, rows = [], [], []
    meta = Counter()
    for pid, t in truth.items():
        r = out.get(pid, {})
        p, rc = page_pr(r.get("text", ""), t.get("articleBody", ""))
        ps.append(p)
        rs.append(rc)
        rows.append((2 * p * rc / (p + rc) if p + rc else 0, p, rc, pid))
        for k, tk in (("title", "title"), ("date", "publish_date"), ("author", "author")):
            if t.get(tk):
                meta[k + "_n"] += 1
                if (r.get(k) or "").strip().lower() == t[tk].strip().lower():
                    meta[k + "_ok"] += 1
    P, R = sum(ps) / len(ps), sum(rs) / len(rs)
    F = 2 * P * R / (P + R) if P + R else 0
    print(f"pages {len(ps)}  F1 {F:.4f}  precision {P:.4f}  recall {R:.4f}")
    for k in ("title", "date", "author"):
        if meta[k + "_n"]:
            print(f"{k} exact {meta[k + '_ok']}/{meta[k + '_n']}")
    if show:
        for f, p, rc, pid in sorted(rows)[:show]:
            print(f"  {pid[:16]} F1 {f:.3f} P {p:.3f} R {rc:.3f}")


if __name__ == "__main__":
    main()
