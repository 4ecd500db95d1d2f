#!/usr/bin/env python3
"""readability_truth.py - a ground truth from Mozilla Readability's test
pages, for an out-of-sample check of concord's extractor.

Usage: readability_truth.py TEST_PAGES_DIR OUT_DIR
TEST_PAGES_DIR is test/test-pages/ of a checkout of mozilla/readability
(one directory per page: source.html, expected.html,
expected-metadata.json). Writes OUT_DIR/html/<name>.html (the sources)
and OUT_DIR/truth.json in the shape of wcxb's ground-truth.json:
{name: {"articleBody", "title", "author", "publish_date"}}, where
articleBody is the text of expected.html (a line per block element) and
the metadata are Readability's title, byline and publishedTime. This is
Readability's own output, so it scores agreement with Readability; it is
used to see whether a change tuned on the benchmark sets moves concord on
pages it was never tuned on."""
import json
import os
import sys
from html.parser import HTMLParser

BLOCK = set("p div br li ul ol h1 h2 h3 h4 h5 h6 td th tr table section "
            "article header footer nav aside blockquote pre figure "
            "figcaption dd dt dl main form hr".split())


class Text(HTMLParser):
    """The text of a page outside <script> and <style>, entities decoded,
    sep written at each element of blocks (bench/wcxb_ceiling.py uses it
    too, with its own blocks and a space)."""
    def __init__(self, blocks=BLOCK, sep="\n"):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0
        self.blocks, self.sep = blocks, sep

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.blocks:
            self.out.append(self.sep)

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        elif tag in self.blocks:
            self.out.append(self.sep)

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: readability_truth.py TEST_PAGES_DIR OUT_DIR\n")
        return 2
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    truth = {}
    for name in sorted(os.listdir(src)):
        d = os.path.join(src, name)
        try:
            page = open(os.path.join(d, "source.html"), "rb").read()
            expected = open(os.path.join(d, "expected.html"),
                            encoding="utf-8", errors="replace").read()
        except OSError:
            continue
        try:
            meta = json.load(open(os.path.join(d, "expected-metadata.json")))
        except (OSError, ValueError):
            meta = {}
        open(os.path.join(out, "html", name + ".html"), "wb").write(page)
        t = Text()
        t.feed(expected)
        lines = (l.strip() for l in "".join(t.out).split("\n"))
        truth[name] = {"articleBody": "\n".join(l for l in lines if l),
                       "title": meta.get("title"),
                       "author": meta.get("byline"),
                       "publish_date": meta.get("publishedTime")}
    json.dump(truth, open(os.path.join(out, "truth.json"), "w"))
    print(f"{len(truth)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
