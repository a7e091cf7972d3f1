#!/usr/bin/env bash
# Benchmark of `bass` on generated repositories (issue #6, SPEC §7).
#
#   bench/run.sh            # all sizes: 500, 1k, 10k, 20k actions
#   RUNS=10 bench/run.sh    # more runs per measurement (default 5)
#   SIZES="500 20000" bench/run.sh
#   HYPERFINE= bench/run.sh # the /usr/bin/time loop even when hyperfine is installed
#
# Builds the release binary and the examples into $CARGO_TARGET_DIR (default
# /tmp/bench-target, so a shared target/ is not locked), generates the repositories into
# /tmp/bass-bench-<N> with examples/gen_repo.rs (reused when present), and prints one
# Markdown table: wall time (best and median of $RUNS), MB/s, peak RSS, for `bass validate`
# and `bass status` (skipped when the subcommand fails), and the single-core parse baseline
# of examples/parse_only.rs with the ratio validate / parse that SPEC §7 speaks of.
# Uses hyperfine (with python3 to read its JSON) when installed, else a loop timed with bash's
# $EPOCHREALTIME around /usr/bin/time, which reports the peak RSS (and adds about 1 ms).
set -euo pipefail

cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/tmp/bench-target}"
RUNS="${RUNS:-5}"
SIZES="${SIZES:-500 1000 10000 20000}"
TODAY=2026-11-23
BIN="$CARGO_TARGET_DIR/release/bass"
GEN="$CARGO_TARGET_DIR/release/examples/gen_repo"
PARSE="$CARGO_TARGET_DIR/release/examples/parse_only"

echo "building release binary and examples in $CARGO_TARGET_DIR ..." >&2
cargo build --release --quiet --bin bass --example gen_repo --example parse_only

if [[ ! -x /usr/bin/time ]]; then
    echo "bench/run.sh needs /usr/bin/time (apt-get install time) for peak memory" >&2
    exit 2
fi
HYPERFINE="${HYPERFINE-$(command -v hyperfine || true)}" # HYPERFINE= forces the loop

# specialties x actions-per-specialty for a total number of actions.
shape() {
    case "$1" in
        500) echo "2 250" ;;
        1000) echo "4 250" ;;
        *) echo "20 $(($1 / 20))" ;;
    esac
}

# Prints "best_s median_s peak_kb exit_status" for a command run in a folder.
measure() {
    local dir="$1"
    shift
    local times=() rss=0 status=0 t r
    if [[ -n "$HYPERFINE" ]]; then
        local json
        json="$(mktemp)"
        (cd "$dir" && "$HYPERFINE" -N --style none --warmup 1 --runs "$RUNS" -i \
            --export-json "$json" -- "$(printf '%q ' "$@")" >/dev/null 2>&1) || true
        python3 - "$json" <<'EOF2'
import json, statistics, sys
r = json.load(open(sys.argv[1]))["results"][0]
t = sorted(r["times"])
rss = max(r.get("memory_usage_byte") or [0]) // 1024
print(f"{t[0]:.4f} {statistics.median(t):.4f} {rss} {r['exit_codes'][0]}")
EOF2
        rm -f "$json"
        return
    fi
    local tf
    tf="$(mktemp)"
    for ((i = 0; i < RUNS; i++)); do
        local t0=$EPOCHREALTIME
        (cd "$dir" && /usr/bin/time -o "$tf" -f '%M %x' "$@" >/dev/null 2>&1) || true
        local t1=$EPOCHREALTIME
        t=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }')
        read -r r status < <(tail -1 "$tf")
        times+=("$t")
        ((r > rss)) && rss="$r"
    done
    rm -f "$tf"
    printf '%s\n' "${times[@]}" | sort -g | awk -v rss="$rss" -v st="$status" '
        { v[NR] = $1 }
        END { printf "%.4f %.4f %d %d\n", v[1], (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), rss, st }'
}

echo "| actions | files | MB | command | best s | median s | MB/s | peak RSS MB | exit |"
echo "| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |"
declare -A BEST
for n in $SIZES; do
    dir="/tmp/bass-bench-$n"
    read -r specs per <<<"$(shape "$n")"
    if [[ ! -f "$dir/bass.yaml" ]]; then
        rm -rf "$dir"
        "$GEN" "$dir" --specialties "$specs" --actions-per-specialty "$per" >&2
    fi
    bytes=$(find "$dir" -name '*.yaml' -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
    files=$(find "$dir" -name '*.yaml' -type f | wc -l)
    mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
    for cmd in validate status; do
        read -r best median rss status <<<"$(measure "$dir" "$BIN" "$cmd" --today "$TODAY")"
        if [[ "$cmd" == status && "$status" == 2 ]]; then
            echo "| $n | $files | $mb | status | – | – | – | – | skipped (exit 2) |"
            continue
        fi
        BEST[$n.$cmd]=$best
        mbs=$(awk -v b="$bytes" -v t="$best" 'BEGIN { printf "%.0f", b / 1e6 / t }')
        echo "| $n | $files | $mb | $cmd | $best | $median | $mbs | $((rss / 1024)) | $status |"
    done
    # The baseline: granit-parser alone, and bass::load::yaml::parse, on one core.
    line="$("$PARSE" "$dir" --repeat "$RUNS")"
    events=$(grep -oE 'events_s=[0-9.]+' <<<"$line" | cut -d= -f2)
    tree=$(grep -oE 'tree_s=[0-9.]+' <<<"$line" | cut -d= -f2)
    for what in events tree; do
        t=${!what}
        mbs=$(awk -v b="$bytes" -v t="$t" 'BEGIN { printf "%.0f", b / 1e6 / t }')
        echo "| $n | $files | $mb | parse-only ($what, 1 core) | $t | | $mbs | | |"
    done
    BEST[$n.events]=$events
    BEST[$n.tree]=$tree
done

echo
timer="bash loop with /usr/bin/time"
[[ -n "$HYPERFINE" ]] && timer="hyperfine $("$HYPERFINE" --version | cut -d' ' -f2)"
echo "cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg); timer: $timer, $RUNS runs"
echo
echo "| actions | validate / parse (granit events) | validate / parse (bass::load::yaml::parse) |"
echo "| ---: | ---: | ---: |"
for n in $SIZES; do
    awk -v v="${BEST[$n.validate]}" -v e="${BEST[$n.events]}" -v t="${BEST[$n.tree]}" -v n="$n" \
        'BEGIN { printf "| %s | %.2f | %.2f |\n", n, v / e, v / t }'
done
