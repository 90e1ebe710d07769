#!/usr/bin/env python3
"""The changed lines of one file as Stryker.NET mutate spans (used by .ci/mutation-gate).

Reads `git diff -U0 BASE -- FILE` on stdin and prints one `{from..to}` per hunk: 0-based character
indices in the file as it is now, from the first character of the hunk's first line to the newline that
ends its last line (Stryker reads `to` as exclusive). A hunk that only deletes lines has no lines now and gives no span. With an empty diff (an
untracked file, or a file git reports as new) the whole file is one span.

    git diff -U0 BASE -- src/P/File.cs | scripts/changed-spans.py src/P/File.cs
"""
import re
import sys

path = sys.argv[1]
text = open(path, encoding="utf-8-sig").read()
starts = [0]
for i, ch in enumerate(text):
    if ch == "\n":
        starts.append(i + 1)
lines = len(starts) if not text.endswith("\n") else len(starts) - 1

hunks = []
for line in sys.stdin:
    m = re.match(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", line)
    if m:
        first, count = int(m.group(1)), int(m.group(2) if m.group(2) is not None else 1)
        if count > 0:
            hunks.append((first, first + count - 1))
if not hunks:
    hunks = [(1, max(lines, 1))]
for first, last in hunks:
    begin = starts[first - 1]
    end = (starts[last] - 1) if last < len(starts) else len(text)
    # Stryker keeps a mutant whose span lies within [from, to): `to` is exclusive, so the span runs to the hunk's
    # last newline; ending it one character earlier dropped every mutant that ends a line (a statement's `;`)
    print("{%d..%d}" % (begin, max(begin, end)))
