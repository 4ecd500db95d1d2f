#!/usr/bin/env python3
"""wcxb_split.py - the article pages of one split of a WCXB checkout, in
the shape of ../shared/data/wcxb-dev-articles.

Usage: wcxb_split.py SPLIT_DIR OUT_DIR
SPLIT_DIR is dev/ or test/ of a checkout of
github.com/Murrough-Foley/web-content-extraction-benchmark (ground-truth/
and html/). Writes OUT_DIR/ground-truth.json ({id: {"articleBody", "url",
"title", "author", "publish_date", "with", "without", "page_type"}}, as
in wcxb-dev-articles) and links OUT_DIR/html/<id>.html.gz to the pages,
for the pages whose verified type is "article"."""
import json
import os
import sys


def page_type(d):
    t = (d.get("_internal") or {}).get("page_type")
    if isinstance(t, dict):
        return t.get("primary")
    return t or d.get("page_type")


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: wcxb_split.py SPLIT_DIR OUT_DIR\n")
        return 2
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    truth = {}
    gt_dir = os.path.join(src, "ground-truth")
    for name in sorted(os.listdir(gt_dir)):
        if not name.endswith(".json"):
            continue
        d = json.load(open(os.path.join(gt_dir, name), encoding="utf-8"))
        pid = d.get("file_id") or name[:-len(".json")]
        page = os.path.join(os.path.abspath(src), "html", pid + ".html.gz")
        if page_type(d) != "article" or not os.path.exists(page):
            continue
        g = d.get("ground_truth") or {}
        truth[pid] = {
            "articleBody": g.get("main_content") or "", "url": d.get("url"),
            "title": g.get("title"), "author": g.get("author"),
            "publish_date": g.get("publish_date"),
            "with": g.get("with") or [], "without": g.get("without") or [],
            "page_type": "article"}
        link = os.path.join(out, "html", pid + ".html.gz")
        if not os.path.lexists(link):
            os.symlink(page, link)
    json.dump(truth, open(os.path.join(out, "ground-truth.json"), "w",
                          encoding="utf-8"), ensure_ascii=False)
    print(f"{len(truth)} article pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
