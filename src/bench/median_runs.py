#!/usr/bin/env python3
"""Medians per label of the harness's JSON lines (one line per run), as a Markdown table.

Usage: median_runs.py FILE.jsonl
"""
import json
import statistics
import sys
from collections import OrderedDict

FIELDS = ["init_ms", "cold_invocation_ms", "cold_total_ms", "snapshot_init_ms", "restore_to_first_response_ms",
          "warm_p50_ms", "warm_p95_ms", "warm_p99_ms", "cpu_s", "peak_rss_mib"]

runs = OrderedDict()
with open(sys.argv[1]) as lines:
    for line in lines:
        if line.startswith("{"):
            run = json.loads(line)
            runs.setdefault(run["label"], []).append(run)

present = [f for f in FIELDS if any(f in run for label in runs for run in runs[label])]
print("| scenario | runs | " + " | ".join(present) + " |")
print("|---|---:|" + "---:|" * len(present))
for label, label_runs in runs.items():
    cells = []
    for field in present:
        values = [run[field] for run in label_runs if field in run]
        cells.append(f"{statistics.median(values):g}" if values else "")
    print(f"| {label} | {len(label_runs)} | " + " | ".join(cells) + " |")
