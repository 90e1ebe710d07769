#!/usr/bin/env python3
"""Merges Stryker JSON reports of scoped runs (`--mutate` over different files) into one report.

Usage: mutation-merge.py <out.json> <src-root> <report.json>... 

For each source file, the mutants are taken from the report in which that file was mutated (some
mutant other than Ignored); a file mutated in no report keeps its Ignored mutants from the first.
Paths are rewritten relative to <src-root>'s parent, so reports of runs in other checkouts merge.
The thresholds and schema fields are the first report's.
"""
import json
import os
import sys

out_path, src_root, paths = sys.argv[1], os.path.abspath(sys.argv[2]), sys.argv[3:]
project = os.path.basename(src_root)
merged = None
files = {}
for p in paths:
    with open(p, encoding="utf-8") as f:
        report = json.load(f)
    merged = merged or report
    for path, file in report["files"].items():
        norm = path.replace("\\", "/")
        key = norm[norm.index("src/" + project + "/"):] if ("src/" + project + "/") in norm else norm
        tested = any(m["status"] != "Ignored" for m in file["mutants"])
        if key not in files or (tested and not files[key][1]):
            files[key] = (file, tested)
merged["files"] = {k: v[0] for k, v in sorted(files.items())}
with open(out_path, "w", encoding="utf-8") as f:
    json.dump(merged, f)
