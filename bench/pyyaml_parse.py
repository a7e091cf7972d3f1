#!/usr/bin/env python3
"""The reference of issue 20's first figure: PyYAML with libyaml parsing a repository's YAML.

    python3 bench/pyyaml_parse.py ROOT load   # yaml.load_all(..., Loader=yaml.CLoader)
    python3 bench/pyyaml_parse.py ROOT parse  # yaml.parse(..., Loader=yaml.CLoader): events only

Reads every file the way `bass` finds documents (`*.yaml` and `*.yml` below ROOT, hidden files
and folders left out) and parses it with libyaml through PyYAML, nothing else: no checks, no
model. `load` builds the Python values (dicts, lists, strings), as any Python tool that reads
YAML does, and is the bare parse `bench/run.sh` compares `bass validate` with; `parse` only
walks libyaml's event stream, most of its time spent making a Python object per event. Exits 3
when PyYAML has no libyaml (`yaml.CLoader` missing), so the caller can say so.
"""

import os
import sys

try:
    import yaml

    LOADER = yaml.CLoader
except (ImportError, AttributeError):
    sys.exit(3)


def documents(root):
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith((".yaml", ".yml")):
                yield os.path.join(folder, name)


def main():
    root, mode = sys.argv[1], sys.argv[2]
    count = 0
    for path in documents(root):
        with open(path, "rb") as f:
            data = f.read()
        if mode == "load":
            for _ in yaml.load_all(data, Loader=LOADER):
                count += 1
        else:
            for _ in yaml.parse(data, Loader=LOADER):
                count += 1
    print(count)


if __name__ == "__main__":
    main()
