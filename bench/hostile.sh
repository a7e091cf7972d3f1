#!/usr/bin/env bash
# How long `bass validate` takes on the hostile inputs of tests/hostile.rs (SPEC §7 "Safe on bad
# input"). The tests do not time anything: they bound the work by counting it (the parser's
# copies for anchors and aliases) or by the size of the case; the times are measured here.
#
#   bench/hostile.sh            # 5 runs per case
#   RUNS=10 bench/hostile.sh
#   BASS_BIN=/path/to/bass bench/hostile.sh   # time that binary, build nothing
#
# Builds the release binary into $CARGO_TARGET_DIR (default /tmp/bench-target, as bench/run.sh),
# writes each case into /tmp/bass-hostile/<case> and prints one Markdown table: best and median
# wall time of `bass validate --format json`, peak RSS, exit status and the diagnostics' codes.
set -euo pipefail

cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/tmp/bench-target}"
RUNS="${RUNS:-5}"
WORK=/tmp/bass-hostile
if [[ -n "${BASS_BIN:-}" ]]; then
  BIN="$BASS_BIN"
else
  BIN="$CARGO_TARGET_DIR/release/bass"
  echo "building release binary in $CARGO_TARGET_DIR ..." >&2
  cargo build --release --quiet --bin bass
fi
if [[ ! -x /usr/bin/time ]]; then
  echo "bench/hostile.sh needs /usr/bin/time (apt-get install time) for peak memory" >&2
  exit 2
fi

# A repository holding only bass.yaml (which validates clean).
repo() {
  rm -rf "${WORK:?}/$1"
  mkdir -p "$WORK/$1"
  printf 'kind: program\nname: Fjendtligt input\nsites:\n  - {id: HOL, name: Holbæk Sygehus}\n' \
    >"$WORK/$1/bass.yaml"
  echo "$WORK/$1"
}

# Links that fan out: N folders, each linking twice to the next, one file in the last.
fan_out() {
  local dir n="$2"
  dir="$(repo "$1")"
  for ((i = 1; i <= n; i++)); do mkdir -p "$dir/d$(printf %02d "$i")"; done
  for ((i = 1; i < n; i++)); do
    for name in a b; do ln -s "../d$(printf %02d $((i + 1)))" "$dir/d$(printf %02d "$i")/$name"; done
  done
  echo "# kun en kommentar" >"$dir/d$(printf %02d "$n")/x.yaml"
}

d="$(repo billion-laughs)"
{
  echo "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"
  for i in $(seq 1 9); do
    printf 'a%d: &a%d [' "$i" "$i"
    for j in $(seq 1 10); do printf '*a%d%s' $((i - 1)) "$([[ $j -lt 10 ]] && echo ', ')"; done
    echo "]"
  done
} >"$d/bomb.yaml"

d="$(repo nested-anchors)"
python3 -c 'import sys; sys.stdout.write("".join(f"&a{i} [" for i in range(200)) + ", ".join(["x"] * 200000) + "]" * 200 + "\n")' \
  >"$d/anchors.yaml"

d="$(repo deep-nesting)"
python3 -c 'import sys; sys.stdout.write("- " * 100000 + "x\n")' >"$d/deep.yaml"

d="$(repo long-line)"
python3 -c 'import sys; sys.stdout.write("{kind: situation, specialty: x, as_of: 2026-01-01, summary: s, " + ", ".join(f"k{i}: v" for i in range(100000)) + "}\n")' \
  >"$d/line.yaml"

fan_out fan-out-12 12
fan_out fan-out-30 30

d="$(repo link-to-root)"
ln -s / "$d/docs"

d="$(repo folder-loop)"
mkdir -p "$d/kard"
ln -s .. "$d/kard/up"

echo "| case | best s | median s | peak RSS MB | exit | diagnostics |"
echo "| --- | ---: | ---: | ---: | ---: | --- |"
tf="$(mktemp)"
for case in billion-laughs nested-anchors deep-nesting long-line fan-out-12 fan-out-30 link-to-root folder-loop; do
  dir="$WORK/$case"
  times=()
  rss=0
  for ((i = 0; i < RUNS; i++)); do
    t0=$EPOCHREALTIME
    (cd "$dir" && /usr/bin/time -o "$tf" -f '%M %x' "$BIN" validate --format json --today 2026-11-23 \
      >"$WORK/$case.json" 2>/dev/null) || true
    t1=$EPOCHREALTIME
    times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }')")
    read -r r status < <(tail -1 "$tf")
    ((r > rss)) && rss="$r"
  done
  codes="$(python3 -c 'import collections, json, sys
d = json.load(open(sys.argv[1]))["diagnostics"]
print(", ".join(f"{n} × {c}" if n > 1 else c for c, n in collections.Counter(x["code"] for x in d).items()) or "none")' \
    "$WORK/$case.json")"
  printf '%s\n' "${times[@]}" | sort -g | awk -v c="$case" -v rss="$rss" -v st="$status" -v codes="$codes" '
    { v[NR] = $1 }
    END { printf "| %s | %.4f | %.4f | %d | %d | %s |\n", c, v[1], (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), rss / 1024, st, codes }'
done
rm -f "$tf"
echo
echo "cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg); $RUNS runs; bass $("$BIN" --version | cut -d' ' -f2)"
