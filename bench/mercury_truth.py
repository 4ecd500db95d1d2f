#!/usr/bin/env python3
"""mercury_truth.py - a ground truth from the site tests of Postlight's
Mercury parser (github.com/postlight/parser), for an out-of-sample check
of concord's metadata and lead on news pages it was never tuned on.

Usage: mercury_truth.py PARSER_CHECKOUT OUT_DIR

Each src/extractors/custom/<site>/index.test.js loads a saved page
(fixtures/<name>.html) and asserts, by hand, the page's title, author,
date_published (UTC) and the first words of its article body. This
reads those literals (no JavaScript is run) and writes
OUT_DIR/html/<name>.html (the pages) and OUT_DIR/truth.json in the shape
of wcxb's ground-truth.json: {name: {"url", "title", "author",
"publish_date", "first"}}, publish_date being the UTC day and "first" the
asserted opening words of the body. A value the test asserts as null or
does not assert is left out. These are Mercury's answers, checked by
each site's contributor; some follow Mercury's conventions (an author
in capitals, as the page prints it), so a figure here is agreement on
pages from 2016-2019, not a score against an annotation guide. The
pages have no scripts left, so no JSON-LD: the figures show the
collector's other sources (meta tags, <time>, bylines, the text)."""
import html
import json
import os
import re
import sys

FIELD = re.compile(r"assert\.equal\(\s*(title|author|date_published|first\d+)"
                   r"\s*,\s*", re.S)
READ = re.compile(r"readFileSync\(\s*['\"]\./fixtures/([^'\"]+)['\"]")
URL = re.compile(r"\burl\s*=\s*", re.S)
META = re.compile(rb"<meta\s[^>]*>", re.I)
VALUE = re.compile(rb"(\s)value=", re.I)
CONTENT = re.compile(rb"\scontent=", re.I)
ESC = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v",
       "0": "\0"}


def meta_content(m):
    """Mercury saved its fixtures after its own clean-up, which renames
    the content attribute of every <meta> to value (and drops scripts,
    JSON-LD with them): the attribute is renamed back, so the pages read
    as the sites served them, less their scripts."""
    tag = m.group(0)
    return tag if CONTENT.search(tag) else VALUE.sub(rb"\1content=", tag, 1)


def literal(s, i):
    """The JavaScript string literal (or literals joined by +) at s[i:],
    or None when something else (null, a variable) is there."""
    out = []
    while True:
        while i < len(s) and s[i].isspace():
            i += 1
        if i >= len(s) or s[i] not in "'\"`":
            return "".join(out) if out else None
        q, i = s[i], i + 1
        while i < len(s) and s[i] != q:
            if s[i] == "\\" and i + 1 < len(s):
                c = s[i + 1]
                if c == "u" and s[i + 2:i + 6].isalnum():
                    out.append(chr(int(s[i + 2:i + 6], 16)))
                    i += 6
                    continue
                out.append(ESC.get(c, c))
                i += 2
                continue
            out.append(s[i])
            i += 1
        i += 1
        j = i
        while j < len(s) and s[j].isspace():
            j += 1
        if j >= len(s) or s[j] != "+":
            return "".join(out)
        i = j + 1


def cases(js):
    """One {fixture, url, title, ...} per fixture the test file reads."""
    reads = list(READ.finditer(js))
    for k, m in enumerate(reads):
        prev = reads[k - 1].end() if k else 0
        start = js.rfind("beforeAll", prev, m.start())
        end = reads[k + 1].start() if k + 1 < len(reads) else len(js)
        seg = js[start if start >= 0 else m.start():end]
        case = {"fixture": m.group(1)}
        u = URL.search(seg)
        if u:
            case["url"] = literal(seg, u.end())
        for f in FIELD.finditer(seg):
            v = literal(seg, f.end())
            name = "first" if f.group(1).startswith("first") else f.group(1)
            if v is not None and name not in case:
                case[name] = v
        yield case


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: mercury_truth.py PARSER_CHECKOUT OUT_DIR\n")
        return 2
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    custom = os.path.join(src, "src", "extractors", "custom")
    truth = {}
    for site in sorted(os.listdir(custom)):
        test = os.path.join(custom, site, "index.test.js")
        if not os.path.exists(test):
            continue
        for c in cases(open(test, encoding="utf-8").read()):
            page = os.path.join(src, "fixtures", c["fixture"])
            name = re.sub(r"\.html?$", "", c["fixture"])
            if not os.path.exists(page) or name in truth:
                continue
            with open(page, "rb") as f, \
                    open(os.path.join(out, "html", name + ".html"), "wb") as g:
                g.write(META.sub(meta_content, f.read()))
            t = {"url": c.get("url", "")}
            for k in ("title", "author", "first"):
                if c.get(k):
                    t[k] = html.unescape(c[k])
            if c.get("date_published"):
                t["publish_date"] = c["date_published"][:10]
            truth[name] = t
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
