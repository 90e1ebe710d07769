#!/usr/bin/env python3
"""Overlays the report of a line-scoped re-run on an older (merged) report.

Usage: mutation-overlay.py <out.json> <src-root> <old.json> <rerun.json>

The re-run (mutate spans from scripts/mutation-rerun-spans.py) tested, on the sources as they are
now, the lines the old report left open and every line changed since. For each file the re-run
mutated, the result takes the re-run's copy of the source and:
  - every mutant the re-run tested, as it found it (not those its mutate filter left out);
  - every old mutant on a line unchanged since the old report (difflib, line by line) that the
    re-run did not test again (no re-run mutant with the same mutator, replacement and place),
    moved to its line in the current file, with its old status;
  - old mutants on lines that changed are dropped: the re-run tested those lines.
Files the re-run did not mutate are kept from the old report. Prints, per file, how many mutants
came from each side and how many old ones were dropped. The thresholds are the old report's.
"""
import difflib
import json
import os
import sys

FILTERED = "Removed by mutate filter"   # outside the re-run's spans: not tested, not a result


def key_of(path, project):
    norm = path.replace("\\", "/")
    marker = "src/" + project + "/"
    return norm[norm.index(marker):] if marker in norm else norm


def place(m):
    s, e = m["location"]["start"], m["location"]["end"]
    return (m["mutatorName"], m.get("replacement"), s["line"], s["column"], e["line"], e["column"])


def main(argv):
    out_path, src_root, old_path, new_path = argv[1], os.path.abspath(argv[2]), argv[3], argv[4]
    project = os.path.basename(src_root)
    old = json.load(open(old_path, encoding="utf-8"))
    new = json.load(open(new_path, encoding="utf-8"))
    old_files = {key_of(p, project): f for p, f in old["files"].items()}
    new_files = {key_of(p, project): f for p, f in new["files"].items()}
    result = dict(old_files)
    for key, nf in sorted(new_files.items()):
        if not any(m["status"] != "Ignored" for m in nf["mutants"]):
            continue
        of = old_files.get(key)
        mutants = [dict(m) for m in nf["mutants"] if m.get("statusReason") != FILTERED]
        tested = {place(m) for m in mutants}
        rerun = len(mutants)
        kept = dropped = 0
        if of is not None:
            old_lines, new_lines = of["source"].split("\n"), nf["source"].split("\n")
            mapping = {}
            sm = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
            for a, b, n in sm.get_matching_blocks():
                for k in range(n):
                    mapping[a + k + 1] = b + k + 1
            for m in of["mutants"]:
                s, e = m["location"]["start"]["line"], m["location"]["end"]["line"]
                if not all(l in mapping for l in range(s, e + 1)):
                    dropped += 1
                    continue
                moved = json.loads(json.dumps(m))
                moved["location"]["start"]["line"] = mapping[s]
                moved["location"]["end"]["line"] = mapping[e]
                if place(moved) in tested:
                    continue
                moved["id"] = "old-" + str(m["id"])
                mutants.append(moved)
                kept += 1
        print(f"{key}: {rerun} re-run, {kept} kept from the old report, {dropped} dropped")
        result[key] = {**nf, "mutants": mutants}
    old["files"] = {k: result[k] for k in sorted(result)}
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(old, f)


if __name__ == "__main__":
    main(sys.argv)
