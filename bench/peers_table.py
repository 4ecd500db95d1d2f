#!/usr/bin/env python3
"""peers_table.py - the results table of bench/peers.sh.

Usage: peers_table.py OUTDIR SET... -- TOOL...
Reads, for every SET and TOOL, OUTDIR/SET/TOOL.stats.json (from the driver:
pages, errors, timeouts, seconds, cpu_seconds, rounds), TOOL.rss (peak RSS
in KB from /usr/bin/time -f %M), TOOL.score (score_extract.py's line) and
TOOL.wcxb.json (score_wcxb.py --json) and TOOL.meta (score_meta.py's
output, where the truth has titles), and prints Markdown tables: the
figures of each tool, the ratios of the first TOOL (concord) to each
other one, and the share of pages whose title, date and author agree
with the truth (normalized). A missing file shows as "-"."""
import json
import os
import re
import sys


def load(path, kind):
    try:
        with open(path, encoding="utf-8") as f:
            if kind == "json":
                return json.load(f)
            return f.read()
    except (OSError, ValueError):
        return None


def figures(outdir, dset, tool):
    base = os.path.join(outdir, dset, tool)
    st = load(base + ".stats.json", "json") or {}
    rss = load(base + ".rss", "text")
    sc = load(base + ".score", "text") or ""
    wc = load(base + ".wcxb.json", "json") or {}
    f = {}
    m = re.search(r"F1 ([\d.]+)\s+precision ([\d.]+)\s+recall ([\d.]+)", sc)
    if m:
        f["F1"], f["P"], f["R"] = (float(x) for x in m.groups())
    if wc:
        f["wF1"] = wc["word_f1"]
        if wc.get("furniture_pages"):
            f["furn"] = wc["furniture"]
        if wc.get("with_snippets"):
            f["with"] = wc["with_found"]
            f["allwith"] = wc["all_with_pages"]
    n = st.get("pages", 0) * st.get("rounds", 1)
    if st.get("seconds"):
        f["pps"] = n / st["seconds"]
    if st.get("cpu_seconds"):
        f["cpps"] = n / st["cpu_seconds"]
    if rss and rss.strip().splitlines():
        last = rss.strip().splitlines()[-1]
        if last.isdigit():
            f["rss"] = int(last) / 1024
    meta = load(base + ".meta", "text") or ""
    for field in ("title", "date", "author"):
        m = re.search(rf"^{field}\s+pages\s+(\d+).*normalized\s+(\d+)", meta, re.M)
        if m:
            f[field] = (int(m.group(2)), int(m.group(1)))
    if st:
        f["bad"] = f"{st.get('errors', 0)}/{st.get('timeouts', 0)}"
    return f


def cell(f, key, fmt):
    return fmt.format(f[key]) if key in f else "-"


COLS = [("F1", "F1", "{:.3f}"), ("precision", "P", "{:.3f}"),
        ("recall", "R", "{:.3f}"), ("word-F1", "wF1", "{:.3f}"),
        ("furniture pages", "furn", "{:.3f}"), ("with found", "with", "{:.3f}"),
        ("all-with pages", "allwith", "{:.3f}"),
        ("pages/s", "pps", "{:.1f}"), ("pages/CPU-s", "cpps", "{:.1f}"),
        ("peak RSS MB", "rss", "{:.0f}")]
RATIOS = [("F1", "F1"), ("word-F1", "wF1"), ("pages/s", "pps"),
          ("pages/CPU-s", "cpps"), ("peak RSS", "rss")]


def main():
    args = sys.argv[1:]
    if "--" not in args or len(args) < 3:
        sys.stderr.write("usage: peers_table.py OUTDIR SET... -- TOOL...\n")
        return 2
    outdir, sets, tools = args[0], args[1:args.index("--")], args[args.index("--") + 1:]
    figs = {(s, t): figures(outdir, s, t) for s in sets for t in tools}
    print("| set | tool | " + " | ".join(c[0] for c in COLS) + " | errors/timeouts |")
    print("|---|---|" + "---:|" * (len(COLS) + 1))
    for s in sets:
        for t in tools:
            f = figs[(s, t)]
            print(f"| {s} | {t} | " + " | ".join(cell(f, k, fmt) for _, k, fmt in COLS)
                  + f" | {f.get('bad', '-')} |")
    print()
    print(f"| set | {tools[0]} ÷ | " + " | ".join(r[0] for r in RATIOS) + " |")
    print("|---|---|" + "---:|" * len(RATIOS))
    for s in sets:
        me = figs[(s, tools[0])]
        for t in tools[1:]:
            peer = figs[(s, t)]
            row = []
            for _, k in RATIOS:
                ok = k in me and k in peer and peer[k]
                row.append(f"{me[k] / peer[k]:.2f}" if ok else "-")
            print(f"| {s} | {t} | " + " | ".join(row) + " |")
    meta = [s for s in sets if any("title" in figs[(s, t)] for t in tools)]
    if meta:
        print()
        print("| set | tool | title | date | author |")
        print("|---|---|---:|---:|---:|")
    for s in meta:
        for t in tools:
            f = figs[(s, t)]
            row = []
            for k in ("title", "date", "author"):
                hit, n = f.get(k, (0, 0))
                row.append(f"{hit / n:.1%} ({hit}/{n})" if hit else "-")
            print(f"| {s} | {t} | " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
