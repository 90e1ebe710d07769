#!/usr/bin/env python3
"""The --mutate spans that re-test what a (merged) report left open, on the sources as they are now.

Usage: mutation-rerun-spans.py <report.json> <src-root> [--kept-only] [--only GLOB]... [--exclude GLOB]...

For each source file of the report, the lines to re-test are, in the file as it is now:
  - the lines of every mutant the report left open (Survived or NoCoverage), found by matching the
    report's copy of the file against the current file line by line (difflib);
  - every line that is new or changed since the report's copy (its old mutants no longer apply).
Adjacent lines are joined. Prints one Stryker.NET `--mutate` argument per line of output,
`**/<path relative to src-root>{from..to}`: 0-based character indices, `to` exclusive (the line's
newline), the form .ci/mutation-gate uses. A file whose whole text is unchanged and has nothing open gives nothing.
With --kept-only, only the open mutants an overlay kept from an older report (ids "old-…", not
re-tested) count, with the changed lines. With --only, only files matching one of its globs (relative to src-root); --exclude leaves files out.
Files of the report that no longer exist are skipped (noted on stderr).
The results of such a run are overlaid on the report with scripts/mutation-overlay.py.
"""
import difflib
import fnmatch
import json
import os
import sys

OPEN = {"Survived", "NoCoverage"}


def line_starts(text):
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def old_to_new(old_lines, new_lines):
    """Maps 1-based old line numbers to 1-based new ones for lines unchanged between the two."""
    mapping = {}
    sm = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    for a, b, n in sm.get_matching_blocks():
        for k in range(n):
            mapping[a + k + 1] = b + k + 1
    return mapping


def main(argv):
    report_path, src_root = argv[1], os.path.abspath(argv[2])
    excludes = [argv[i + 1] for i, a in enumerate(argv) if a == "--exclude"]
    only = [argv[i + 1] for i, a in enumerate(argv) if a == "--only"]
    kept_only = "--kept-only" in argv
    project = os.path.basename(src_root)
    report = json.load(open(report_path, encoding="utf-8"))
    for path, file in sorted(report["files"].items()):
        norm = path.replace("\\", "/")
        rel = norm[norm.index("src/" + project + "/") + len("src/" + project + "/"):]
        if any(fnmatch.fnmatch(rel, g) for g in excludes) or (only and not any(fnmatch.fnmatch(rel, g) for g in only)):
            continue
        current = os.path.join(src_root, rel)
        if not os.path.exists(current):
            print(f"mutation-rerun-spans: {rel} no longer exists; skipped", file=sys.stderr)
            continue
        new_text = open(current, encoding="utf-8-sig").read()
        old_lines = file["source"].split("\n")
        new_lines = new_text.split("\n")
        mapping = old_to_new(old_lines, new_lines)
        wanted = set(range(1, len(new_lines) + 1)) - set(mapping.values())   # new or changed
        for m in file["mutants"]:
            if m["status"] in OPEN and (not kept_only or str(m["id"]).startswith("old-")):
                for old in range(m["location"]["start"]["line"], m["location"]["end"]["line"] + 1):
                    if old in mapping:
                        wanted.add(mapping[old])
        wanted = sorted(l for l in wanted if new_lines[l - 1].strip())
        if not wanted:
            continue
        starts = line_starts(new_text)
        runs = []
        for l in wanted:
            if runs and l == runs[-1][1] + 1:
                runs[-1][1] = l
            else:
                runs.append([l, l])
        for first, last in runs:
            begin = starts[first - 1]
            # Stryker keeps a mutant when its span lies within [from, to), `to` exclusive: the span ends at the
            # line's newline, so a mutant that ends with the line's last character is kept
            end = starts[last] - 1 if last < len(starts) else len(new_text)
            print("**/%s{%d..%d}" % (rel, begin, max(begin, end)))


if __name__ == "__main__":
    main(sys.argv)
