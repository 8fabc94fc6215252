#!/usr/bin/env python3
"""The Markdown table of docs/reliability.md from two runs of scripts/reliability-sweep.sh: before, after.

    scripts/reliability-table.py BEFORE.tsv AFTER.tsv > table.md
"""
import re
import shlex
import sys


def read(path):
    rows = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 7:
                rows[parts[0]] = parts
    return rows


def clean(text, limit=170):
    # The sweep's scratch folders are named at random: only the part inside the case matters.
    text = re.sub(r"/tmp/sweep\.[A-Za-z0-9]+/[a-z0-9-]+/repo", "…/repo", text)
    text = re.sub(r"/tmp/sweep\.[A-Za-z0-9]+/[a-z0-9-]+", "…", text)
    text = text.replace("|", "\\|").strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


PIPE = "\\|"


def setups(script):
    """Each case's setup, read from the sweep script's run lines (the links' cases from its loop)."""
    found = {}
    for line in open(script, encoding="utf-8"):
        line = line.strip()
        if line.startswith("run ") and not line.startswith('run "link-'):
            try:
                words = shlex.split(line)
            except ValueError:
                continue
            if len(words) >= 5:
                found[words[1]] = words[3].replace("\\$", "$")
        for variant in re.findall(r'"([a-z-]+):((?:[^"\\]|\\.)*)"', line) if line.startswith(("for variant", '"')) else []:
            found["link-" + variant[0]] = f"append $section '\\n\\nSee {variant[1]}.\\n'".replace('\\"', '"')
    return found


def code(c):
    return "124 (killed at 30 s)" if c == "124" else c


def cell(row):
    left = clean(row[5]).strip("; ")
    return f"**{code(row[3])}** {clean(row[4])}" + (f" ({left})" if left else "")


before, after = read(sys.argv[1]), read(sys.argv[2])
setup = setups(sys.argv[3] if len(sys.argv) > 3 else "scripts/reliability-sweep.sh")
print("| # | case | command | before (e612cc8): exit, behaviour | after: exit, message |")
print("| --- | --- | --- | --- | --- |")
for i, (case, row) in enumerate(after.items(), 1):
    b = before.get(case)
    command = clean(row[2], 400).replace("\\|", "|")
    if setup.get(case):
        command = f"{setup[case]}; {command}"
    command = command.replace("`", "'").replace("\n", "\\n")
    was = cell(b) if b else "not run"
    now = cell(row)
    what, command = row[1].replace("|", PIPE), command.replace("|", PIPE)
    print(f"| {i} | {what} | `{command}` | {was} | {now} |")
