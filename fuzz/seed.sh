#!/usr/bin/env bash
# Seeds corpus/load with the example programme: input i is byte i followed by FILES[i]
# (the files in src/lib.rs, sorted by path), so the fuzzer starts from valid documents.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/load
i=0
for rel in $(grep -oE '^    "[^"]+\.yaml",$' src/lib.rs | tr -d ' ",'); do
    { printf "\\x$(printf %02x "$i")"; cat "../examples/programme/$rel"; } >"corpus/load/seed-$(printf %02d "$i")"
    i=$((i + 1))
done
echo "$i seeds in corpus/load"
