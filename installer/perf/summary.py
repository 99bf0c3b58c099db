#!/usr/bin/env python3
"""Medians of the starts recorded by installer/perf/xprobe.py (one JSON object a line):

    python3 installer/perf/summary.py target/perf/results.jsonl

Prints one Markdown table per plan size with a column per program, each cell the median over the
runs (and min–max), the number of runs, and the load average seen before and after the starts.
Key latencies are the median of all presses of all runs, with the spread of the per-run medians.
"""
import json
import statistics
import sys
from collections import defaultdict


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def cell(values, fmt, unit=""):
    values = [v for v in values if v is not None]
    if not values:
        return "—"
    m = statistics.median(values)
    if len(values) == 1:
        return f"{fmt.format(m)}{unit}"
    return f"{fmt.format(m)}{unit} ({fmt.format(min(values))}–{fmt.format(max(values))})"


def key_cell(runs, key):
    presses = [ms for r in runs for ms in r.get(key, [])]
    per_run = [statistics.median(r[key]) for r in runs if r.get(key)]
    if not presses:
        return "—"
    spread = f"; run medians {min(per_run):.0f}–{max(per_run):.0f}" if len(per_run) > 1 else ""
    return f"{statistics.median(presses):.0f} ms ({len(presses)} presses{spread})"


def thread_cell(runs, key, top=2):
    """Median over the runs of the CPU per press of the busiest threads: "JavaFX Applicat 40 ms, …"."""
    per_thread = defaultdict(list)
    for r in runs:
        for name, ms in (r.get(key) or {}).items():
            per_thread[name].append(ms)
    if not per_thread:
        return "—"
    ranked = sorted(per_thread.items(), key=lambda kv: -statistics.median(kv[1]))[:top]
    return ", ".join(f"{name} {statistics.median(v):.0f} ms" for name, v in ranked)


ROWS = [
    ("window mapped (wall)", "mapped_s", "{:.2f}", " s"),
    ("first drawing (wall)", "first_drawing_s", "{:.2f}", " s"),
    ("last drawing (wall)", "last_drawing_s", "{:.2f}", " s"),
    ("CPU to the first drawing", "cpu_at_first_drawing_s", "{:.2f}", " s"),
    ("CPU to the last drawing", "cpu_at_last_drawing_s", "{:.2f}", " s"),
    ("idle from (wall)", "idle_s", "{:.2f}", " s"),
    ("CPU until idle", "cpu_until_idle_s", "{:.2f}", " s"),
    ("memory at rest (VmRSS)", "rss_rest_mb", "{:.0f}", " MB"),
    ("peak memory (VmHWM, whole start)", "rss_peak_mb", "{:.0f}", " MB"),
    ("CPU at rest (% of a core)", "rest_cpu_percent", "{:.2f}", " %"),
    ("wake-ups at rest (per s, all threads)", "rest_wakeups_per_s", "{:.0f}", ""),
    ("drawings at rest", "rest_drawings", "{:.0f}", ""),
]
KEYS = [
    ("Page_Down → redraw (first frame)", "page_down_first_ms"),
    ("Page_Down → last frame of the burst", "page_down_ms"),
    ("Down → redraw (first frame)", "down_first_ms"),
    ("Down → last frame of the burst", "down_ms"),
]


def main():
    records = [json.loads(line) for line in open(sys.argv[1]) if line.strip().startswith("{")]
    by_label = defaultdict(list)
    for r in records:
        by_label[r["label"]].append(r)
    loads = [r[k] for r in records for k in ("load_before", "load_after") if r.get(k) is not None]
    if loads:
        print(f"\nload average (1 min) during the starts: {min(loads):.1f}–{max(loads):.1f}, "
              f"median {statistics.median(loads):.1f} (2 cores: above 2 the programs waited for a core)")
    for size, title in (("sample", "sample plan (47 tasks)"), ("big", "one plan of 10,000 tasks")):
        labels = [l for l in ("luoshi-image-" + size, "luoshi-jar-" + size, "planner-" + size) if l in by_label]
        if not labels:
            continue
        print(f"\n### {title}\n")
        print("| figure | " + " | ".join(f"{l} (n={len(by_label[l])})" for l in labels) + " |")
        print("|---|" + "---|" * len(labels))
        for name, key, fmt, unit in ROWS:
            print(f"| {name} | " + " | ".join(cell([r.get(key) for r in by_label[l]], fmt, unit) for l in labels) + " |")
        for name, key in KEYS:
            if any(r.get(key) for l in labels for r in by_label[l]):
                print(f"| {name} | " + " | ".join(key_cell(by_label[l], key) for l in labels) + " |")
        for name, key in (("CPU per Page_Down, busiest threads", "page_down_thread_cpu_ms"),
                          ("CPU per Down, busiest threads", "down_thread_cpu_ms"),
                          ("CPU of the timeline's first open, busiest threads", "timeline_thread_cpu_ms")):
            if any(r.get(key) for l in labels for r in by_label[l]):
                print(f"| {name} | " + " | ".join(thread_cell(by_label[l], key) for l in labels) + " |")
        for name, key in (("timeline first open (Ctrl+T → last frame)", "timeline_open_ms"),
                          ("timeline first open (Ctrl+T → first frame)", "timeline_first_ms")):
            if any(r.get(key) is not None for l in labels for r in by_label[l]):
                print(f"| {name} | " + " | ".join(cell([r.get(key) for r in by_label[l]], "{:.0f}", " ms")
                                                  for l in labels) + " |")
        errors = [f"{l}: {r['error']}" for l in labels for r in by_label[l] if r.get("error")]
        for e in errors:
            print(f"\n(error) {e}")
    imports = [l for l in by_label if l.startswith("import-")]
    if imports:
        print("\n### import of the 10,000-task document (command line)\n")
        print("| command | runs | wall | CPU (user + system) | peak memory |")
        print("|---|---|---|---|---|")
        for l in sorted(imports):
            rs = by_label[l]
            bad = [r for r in rs if r.get("exit") != 0]
            print(f"| {l} | {len(rs)}{' (' + str(len(bad)) + ' failed)' if bad else ''} | "
                  f"{cell([r['wall_s'] for r in rs], '{:.2f}', ' s')} | {cell([r['cpu_s'] for r in rs], '{:.2f}', ' s')} | "
                  f"{cell([r['rss_peak_mb'] for r in rs], '{:.0f}', ' MB')} |")


if __name__ == "__main__":
    main()
