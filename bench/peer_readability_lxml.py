#!/usr/bin/env python3
"""peer_readability_lxml.py - peer driver for bench/peers.sh: readability-lxml
(Debian python3-readability) through its public API, Document(html).summary(),
turned into text with lxml's text_content() keeping paragraph breaks.

Usage: /usr/bin/python3 bench/peer_readability_lxml.py LIST OUT.jsonl STATS.json
           [TIMEOUT_S] [ROUNDS]
LIST has one page path per line (plain UTF-8 HTML; id = file name without
.html). All pages are read first; then only the extraction loop is timed
(wall and CPU). A page that raises, or runs past TIMEOUT_S (SIGALRM: it
fires when control is back in Python code), gets empty text (a miss, not
an abort). Writes {"id","text","title"} per page (the title is
short_title(), taken after the timed loop) and a stats object
{"pages","errors","timeouts","seconds","cpu_seconds","rounds"}."""
import json
import logging
import os
import re
import signal
import sys
import time

import lxml.html
from readability import Document

# Elements after which a reader sees a line break.
BLOCKS = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4",
          "h5", "h6", "blockquote", "pre", "section", "article", "figcaption",
          "dd", "dt", "ul", "ol", "table", "header", "footer", "aside"}
SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


class PageTimeout(Exception):
    pass


timed_out = False


def on_alarm(signum, frame):
    """Past the cap: readability wraps what it catches in Unparseable, so
    the flag, not the exception type, says the page timed out; the timer
    re-fires every 0.5 s in case the exception is swallowed."""
    global timed_out
    timed_out = True
    raise PageTimeout()


def summary_text(summary):
    """The text of readability's HTML summary, one line per block."""
    if not summary or not summary.strip():
        return ""
    root = lxml.html.fromstring(summary)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in BLOCKS:
            el.tail = "\n" + (el.tail or "")
    lines = (SPACES.sub(" ", l).strip() for l in root.text_content().split("\n"))
    return "\n".join(l for l in lines if l)


def extract(html):
    return summary_text(Document(html).summary(html_partial=True))


def title(html):
    """short_title(), the title the package offers for an article; taken
    in a pass of its own after the timed loop, so pages/s stays the body
    extraction's."""
    try:
        return Document(html).short_title()
    except Exception:
        return None


def main():
    if len(sys.argv) < 4:
        sys.stderr.write("usage: peer_readability_lxml.py LIST OUT STATS [TIMEOUT_S] [ROUNDS]\n")
        return 2
    list_path, out_path, stats_path = sys.argv[1:4]
    timeout = float(sys.argv[4]) if len(sys.argv) > 4 else 10.0
    rounds = int(sys.argv[5]) if len(sys.argv) > 5 else 1
    logging.disable(logging.CRITICAL)
    files = [l for l in open(list_path, encoding="utf-8").read().split("\n") if l]
    pages = []
    for f in files:
        pid = re.sub(r"\.html?$", "", os.path.basename(f))
        with open(f, encoding="utf-8", errors="replace") as fh:
            pages.append((pid, fh.read()))
    global timed_out
    signal.signal(signal.SIGALRM, on_alarm)
    texts, errors, timeouts = [], 0, 0
    c0, t0 = time.process_time(), time.perf_counter()
    for _ in range(rounds):
        texts, errors, timeouts = [], 0, 0
        for _, html in pages:
            timed_out = False
            signal.setitimer(signal.ITIMER_REAL, timeout, 0.5)
            try:
                text = extract(html)
                signal.setitimer(signal.ITIMER_REAL, 0)
            except Exception:
                signal.setitimer(signal.ITIMER_REAL, 0)
                text = ""
                errors += not timed_out
            timeouts += timed_out
            if timed_out:
                text = ""
            texts.append(text)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    with open(out_path, "w", encoding="utf-8") as out:
        for (pid, html), text in zip(pages, texts):
            out.write(json.dumps({"id": pid, "text": text, "title": title(html)},
                                 ensure_ascii=False) + "\n")
    with open(stats_path, "w") as st:
        json.dump({"pages": len(pages), "errors": errors, "timeouts": timeouts,
                   "seconds": seconds, "cpu_seconds": cpu, "rounds": rounds}, st)
        st.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
