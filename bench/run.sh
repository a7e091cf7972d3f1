#!/usr/bin/env bash
# Benchmark of `bass` on generated repositories (issues #6 and #20, SPEC §6 and §7).
#
#   bench/run.sh            # all sizes (500, 1k, 10k, 20k actions), then issue 20's figures
#   RUNS=10 bench/run.sh    # more runs per measurement (default 5)
#   SIZES="500 20000" bench/run.sh
#   SIZES= bench/run.sh     # only issue 20's figures
#   HYPERFINE= bench/run.sh # the /usr/bin/time loop even when hyperfine is installed
#
# Builds the release binary and the examples into $CARGO_TARGET_DIR (default
# /tmp/bench-target, so a shared target/ is not locked), generates the repositories into
# /tmp/bass-bench-<N> with examples/gen_repo.rs (reused when present), and prints Markdown
# tables; every time is best / median / worst of $RUNS runs (process start included) and
# every figure stands beside its reference:
#
# 1. the sizes: `bass validate` and `bass status`, MB/s, peak RSS; granit-parser's bare event
#    stream and bass::load::yaml::parse on one core (examples/parse_only.rs);
# 2. cold validate on the stress repository (20 x 1,000 actions) against PyYAML with libyaml
#    parsing the same files (bench/pyyaml_parse.py: `yaml.load_all(..., Loader=yaml.CLoader)`,
#    and its bare event stream `yaml.parse` beside it), target >= 10x; peak memory against the
#    YAML's size, target <= 2x;
# 3. the git baseline: `status --since HEAD` and `site --since HEAD` against the same without
#    a baseline, on the stress repository committed as one commit, target <= 1.3x time and
#    memory (SPEC §7);
# 4. `bass lsp`: from a change to its diagnostics (examples/lsp_bench.rs), median and p95,
#    on a region's repository (500 actions, target <= 30 / 100 ms) and the stress repository
#    (target <= 100 / 250 ms).
#
# Uses hyperfine (with python3 to read its JSON) when installed, else a loop timed with bash's
# $EPOCHREALTIME around /usr/bin/time, which reports the peak RSS (and adds about 1 ms). The
# machine is shared: the load average is printed before and after; take figures when it is
# below 0.5.
set -euo pipefail

cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/tmp/bench-target}"
RUNS="${RUNS:-5}"
SIZES="${SIZES-500 1000 10000 20000}"
TODAY=2026-11-23
BIN="$CARGO_TARGET_DIR/release/bass"
GEN="$CARGO_TARGET_DIR/release/examples/gen_repo"
PARSE="$CARGO_TARGET_DIR/release/examples/parse_only"
LSP="$CARGO_TARGET_DIR/release/examples/lsp_bench"

echo "building release binary and examples in $CARGO_TARGET_DIR ..." >&2
cargo build --release --quiet --bin bass --example gen_repo --example parse_only --example lsp_bench

if [[ ! -x /usr/bin/time ]]; then
    echo "bench/run.sh needs /usr/bin/time (apt-get install time) for peak memory" >&2
    exit 2
fi
HYPERFINE="${HYPERFINE-$(command -v hyperfine || true)}" # HYPERFINE= forces the loop

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# specialties x actions-per-specialty for a total number of actions.
shape() {
    case "$1" in
        500) echo "2 250" ;;
        1000) echo "4 250" ;;
        *) echo "20 $(($1 / 20))" ;;
    esac
}

# The repository of N actions, generated when missing; prints its folder.
repo() {
    local dir="/tmp/bass-bench-$1" specs per
    read -r specs per <<<"$(shape "$1")"
    if [[ ! -f "$dir/bass.yaml" ]]; then
        rm -rf "$dir"
        "$GEN" "$dir" --specialties "$specs" --actions-per-specialty "$per" >&2
    fi
    echo "$dir"
}

# Prints "best_s median_s worst_s peak_kb exit_status" for a command run in a folder.
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
print(f"{t[0]:.4f} {statistics.median(t):.4f} {t[-1]:.4f} {rss} {r['exit_codes'][0]}")
EOF2
        rm -f "$json"
        return
    fi
    local tf
    tf="$(mktemp)"
    # One warm-up run, not counted (page cache).
    (cd "$dir" && "$@" >/dev/null 2>&1) || true
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
        END { printf "%.4f %.4f %.4f %d %d\n", v[1], (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[NR], rss, st }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# Peak RSS is measured in KiB; shown in MB (10^6 bytes), the unit of the YAML's size beside it.
mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }'; }
# "yes" when the ratio a/b meets the target (">= t" or "<= t").
meets() { awk -v r="$(ratio "$1" "$2")" -v op="$3" -v t="$4" 'BEGIN { print ((op == ">=" ? r >= t : r <= t) ? "**met**" : "not met") }'; }
yaml_bytes() { find "$1" -name '*.yaml' -type f -printf '%s\n' | awk '{ s += $1 } END { print s }'; }

if [[ -n "$SIZES" ]]; then
    echo "## Sizes"
    echo
    echo "| actions | files | MB | command | best s | median s | worst s | MB/s | peak RSS MB | exit |"
    echo "| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    declare -A BEST
    for n in $SIZES; do
        dir="$(repo "$n")"
        bytes=$(yaml_bytes "$dir")
        files=$(find "$dir" -name '*.yaml' -type f | wc -l)
        mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
        for cmd in validate status; do
            read -r best median worst rss status <<<"$(measure "$dir" "$BIN" "$cmd" --today "$TODAY")"
            if [[ "$cmd" == status && "$status" == 2 ]]; then
                echo "| $n | $files | $mb | status | – | – | – | – | – | skipped (exit 2) |"
                continue
            fi
            BEST[$n.$cmd]=$best
            mbs=$(awk -v b="$bytes" -v t="$best" 'BEGIN { printf "%.0f", b / 1e6 / t }')
            echo "| $n | $files | $mb | $cmd | $best | $median | $worst | $mbs | $(mb "$rss") | $status |"
        done
        # The baseline: granit-parser alone, and bass::load::yaml::parse, on one core.
        line="$("$PARSE" "$dir" --repeat "$RUNS")"
        events=$(grep -oE 'events_s=[0-9.]+' <<<"$line" | cut -d= -f2)
        tree=$(grep -oE 'tree_s=[0-9.]+' <<<"$line" | cut -d= -f2)
        for what in events tree; do
            t=${!what}
            mbs=$(awk -v b="$bytes" -v t="$t" 'BEGIN { printf "%.0f", b / 1e6 / t }')
            echo "| $n | $files | $mb | parse-only ($what, 1 core) | $t | | | $mbs | | |"
        done
        BEST[$n.events]=$events
        BEST[$n.tree]=$tree
    done
    echo
    echo "| actions | validate / parse (granit events) | validate / parse (bass::load::yaml::parse) |"
    echo "| ---: | ---: | ---: |"
    for n in $SIZES; do
        echo "| $n | $(ratio "${BEST[$n.validate]}" "${BEST[$n.events]}") | $(ratio "${BEST[$n.validate]}" "${BEST[$n.tree]}") |"
    done
    echo
fi

# Issue 20's figures, on the stress repository.
stress="$(repo 20000)"
bytes=$(yaml_bytes "$stress")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
echo "## Issue 20, on the stress repository (20 x 1,000 actions, $(find "$stress" -name '*.yaml' -type f | wc -l) files, $mb MB)"
echo
echo "| figure | bass: best / median / worst s | peak RSS MB | reference: best / median / worst s | ratio (medians) | target | |"
echo "| --- | --- | ---: | --- | ---: | --- | --- |"
read -r vb vm vw vrss _ <<<"$(measure "$stress" "$BIN" validate -q --today "$TODAY")"
if python3 bench/pyyaml_parse.py /dev/null load >/dev/null 2>&1; then
    read -r lb lm lw _ _ <<<"$(measure "$stress" python3 "$PWD/bench/pyyaml_parse.py" . load)"
    read -r pb pm pw _ _ <<<"$(measure "$stress" python3 "$PWD/bench/pyyaml_parse.py" . parse)"
    echo "| cold \`validate\` vs PyYAML-libyaml \`yaml.load_all\` | $vb / $vm / $vw | $(mb "$vrss") | $lb / $lm / $lw | $(ratio "$lm" "$vm") x | >= 10 x | $(meets "$lm" "$vm" ">=" 10) |"
    echo "| (the same vs libyaml's bare events, \`yaml.parse\`) | | | $pb / $pm / $pw | $(ratio "$pm" "$vm") x | | |"
else
    echo "| cold \`validate\` vs PyYAML-libyaml | $vb / $vm / $vw | $(mb "$vrss") | python3 with yaml.CLoader not found | | >= 10 x | skipped |"
fi
echo "| peak memory of \`validate\` vs the YAML | | $(mb "$vrss") | $mb MB of YAML | $(ratio "$((vrss * 1024))" "$bytes") x | <= 2 x | $(meets "$((vrss * 1024))" "$bytes" "<=" 2) |"

# The stress repository committed as one commit.
git_repo="/tmp/bass-bench-20000-git"
if [[ ! -d "$git_repo/.git" ]]; then
    rm -rf "$git_repo"
    cp -r "$stress" "$git_repo"
    (cd "$git_repo" && git init -q && git add -A &&
        GIT_AUTHOR_DATE=2026-11-20T12:00:00Z GIT_COMMITTER_DATE=2026-11-20T12:00:00Z \
            git -c user.name=bench -c user.email=bench@example.invalid -c commit.gpgsign=false \
            commit -q -m "the stress repository")
fi
site_out="$(mktemp -d)"
for cmd in status site; do
    if [[ "$cmd" == status ]]; then
        args=(status --format json)
    else
        args=(site "$site_out/out")
    fi
    read -r nb nm nw nrss _ <<<"$(measure "$git_repo" "$BIN" "${args[@]}" -q --today "$TODAY")"
    read -r sb sm sw srss _ <<<"$(measure "$git_repo" "$BIN" "${args[@]}" -q --today "$TODAY" --since HEAD)"
    echo "| \`$cmd --since HEAD\` vs \`$cmd\` (unchanged tree), time | $sb / $sm / $sw | $(mb "$srss") | $nb / $nm / $nw | $(ratio "$sm" "$nm") x | <= 1.3 x | $(meets "$sm" "$nm" "<=" 1.3) |"
    echo "| \`$cmd --since HEAD\` vs \`$cmd\`, peak memory | | $(mb "$srss") | $(mb "$nrss") MB | $(ratio "$srss" "$nrss") x | <= 1.3 x | $(meets "$srss" "$nrss" "<=" 1.3) |"
done
rm -rf "$site_out"

# The language server: from a change to its diagnostics.
region="$(repo 500)"
for which in region stress; do
    if [[ "$which" == region ]]; then
        dir=$region edits=1000 med=30 p95=100
    else
        dir=$stress edits=200 med=100 p95=250
    fi
    line="$("$LSP" "$BIN" "$dir" "$edits" 2>/dev/null)"
    m=$(grep -oE 'median_ms=[0-9.]+' <<<"$line" | cut -d= -f2)
    p=$(grep -oE 'p95_ms=[0-9.]+' <<<"$line" | cut -d= -f2)
    x=$(grep -oE 'max_ms=[0-9.]+' <<<"$line" | cut -d= -f2)
    ok=$(awk -v m="$m" -v p="$p" -v a="$med" -v b="$p95" 'BEGIN { print (m <= a && p <= b) ? "**met**" : "not met" }')
    echo "| \`lsp\` change to diagnostics, $which ($edits edits) | median $m ms, p95 $p ms, max $x ms | | | | <= $med ms / <= $p95 ms | $ok |"
done

echo
timer="bash loop with /usr/bin/time"
[[ -n "$HYPERFINE" ]] && timer="hyperfine $("$HYPERFINE" --version | cut -d' ' -f2)"
echo "cores: $(nproc); load average after: $(cut -d' ' -f1-3 /proc/loadavg); timer: $timer, $RUNS runs after a warm-up"
