#!/bin/bash
# Builds the libFuzzer harnesses (swiftc -sanitize=fuzzer) and runs each for a bounded time.
#
#   Fuzz/run.sh [casefile|csv|keys ...]     FUZZ_SECONDS=60 (per harness), FUZZ_BUILD=.build-fuzz
#
# CareerDeskCore (and the CSV.swift package it imports) is compiled here as whole-module objects
# with coverage instrumentation; SwiftPM is used only to fetch CSV.swift. Seeds come from
# Tests/Fixtures/hostile and data/; new inputs are kept in $FUZZ_BUILD/corpus between runs.
# A crash input lands in $FUZZ_BUILD/crashes/: fix the bug, then keep the input in
# Tests/Fixtures/hostile/regressions/ (the hostile-input tests read every file there).
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${FUZZ_BUILD:-$ROOT/.build-fuzz}
SECONDS_EACH=${FUZZ_SECONDS:-60}
SWIFTC=${SWIFTC:-swiftc}
HOSTILE=$ROOT/Tests/Fixtures/hostile
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(casefile csv keys)

mkdir -p "$OUT/mod" "$OUT/obj" "$OUT/bin" "$OUT/crashes" "$OUT/logs"
cd "$ROOT" || exit 1

# Rebuild only when a source is newer than what was built from it.
stale() { local out=$1; shift; [ ! -e "$out" ] || [ -n "$(find "$@" -newer "$out" -name '*.swift' 2>/dev/null | head -1)" ]; }

build_core() {
    if [ ! -d "$OUT/spm/checkouts/CSV.swift" ]; then
        swift package --scratch-path "$OUT/spm" resolve >/dev/null || return 1
    fi
    local csv=$OUT/spm/checkouts/CSV.swift/Sources/CSV
    if stale "$OUT/obj/CSV.o" "$csv"; then
        echo "building CSV.swift"
        "$SWIFTC" -O -wmo -parse-as-library -module-name CSV -emit-module-path "$OUT/mod/CSV.swiftmodule" \
            -emit-object -o "$OUT/obj/CSV.o" "$csv"/*.swift || return 1
    fi
    if stale "$OUT/obj/CareerDeskCore.o" Sources/CareerDeskCore; then
        echo "building CareerDeskCore with -sanitize=fuzzer"
        "$SWIFTC" -O -wmo -swift-version 6 -parse-as-library -sanitize=fuzzer -module-name CareerDeskCore \
            -I "$OUT/mod" -emit-module-path "$OUT/mod/CareerDeskCore.swiftmodule" \
            -emit-object -o "$OUT/obj/CareerDeskCore.o" $(find Sources/CareerDeskCore -name '*.swift' | sort) || return 1
    fi
}

build() {
    local name=$1 bin=$OUT/bin/$1-fuzzer
    case $name in
    casefile | csv)
        build_core || return 1
        local source=Fuzz/CaseFileFuzzer.swift
        [ "$name" = csv ] && source=Fuzz/CSVCatalogFuzzer.swift
        if stale "$bin" "$source" Sources/CareerDeskCore; then
            echo "building $name fuzzer"
            "$SWIFTC" -O -swift-version 6 -parse-as-library -sanitize=fuzzer -I "$OUT/mod" "$source" \
                "$OUT/obj/CareerDeskCore.o" "$OUT/obj/CSV.o" -o "$bin" || return 1
        fi
        ;;
    keys)
        if stale "$bin" Fuzz/KeyDecoderFuzzer.swift Sources/TerminalKit/Key.swift; then
            echo "building keys fuzzer"
            "$SWIFTC" -O -swift-version 6 -parse-as-library -sanitize=fuzzer Sources/TerminalKit/Key.swift \
                Fuzz/KeyDecoderFuzzer.swift -o "$bin" || return 1
        fi
        ;;
    *) echo "unknown harness $name (casefile, csv, keys)" >&2; return 1 ;;
    esac
}

# Seeds: the hostile corpus and the real data, in each harness's input format.
seed() {
    local name=$1 dir=$OUT/seeds/$1
    rm -rf "$dir" && mkdir -p "$dir"
    case $name in
    casefile)
        cp "$HOSTILE"/case-files/* "$HOSTILE"/regressions/casefile-* data/demo/*.json "$dir"/ 2>/dev/null
        ;;
    csv)
        # The first byte picks the import: even = occupations, odd = courses.
        for f in "$HOSTILE"/catalog-csv/*.csv "$HOSTILE"/regressions/csv-*; do
            [ -f "$f" ] || continue
            { printf '\000'; cat "$f"; } >"$dir/occ-$(basename "$f")"
            { printf '\001'; cat "$f"; } >"$dir/crs-$(basename "$f")"
        done
        ;;
    keys)
        cp "$HOSTILE"/keys/* "$HOSTILE"/regressions/keys-* "$dir"/ 2>/dev/null
        ;;
    esac
    ls "$dir" | wc -l
}

status=0
summary=()
for name in "${TARGETS[@]}"; do
    build "$name" || { echo "build of the $name fuzzer failed" >&2; exit 2; }
    seeds=$(seed "$name")
    mkdir -p "$OUT/corpus/$name"
    log=$OUT/logs/$name.log
    before=$(ls "$OUT/crashes" | grep -c "^$name-" || true)
    echo "fuzzing $name for ${SECONDS_EACH}s ($seeds seeds)"
    # Swift's own backtracer would catch the trap before libFuzzer could save the input.
    SWIFT_BACKTRACE=enable=no CAREERDESK_DATA=$ROOT/data "$OUT/bin/$name-fuzzer" \
        "$OUT/corpus/$name" "$OUT/seeds/$name" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$OUT/crashes/$name-" >"$log" 2>&1
    rc=$?
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    if [ -z "$execs" ]; then execs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#'); fi
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    corpus=$(ls "$OUT/corpus/$name" | wc -l)
    after=$(ls "$OUT/crashes" | grep -c "^$name-" || true)
    crashes=$((after - before))
    line="$name: ${execs:-0} executions (${rate:-?}/s), $seeds seeds, corpus $corpus inputs, $crashes new crash(es)"
    [ $rc -ne 0 ] && line="$line — libFuzzer exit $rc, see $log" && status=1
    summary+=("$line")
    echo "$line"
done
echo "== fuzz summary (${SECONDS_EACH}s each) =="
printf '%s\n' "${summary[@]}"
ls "$OUT/crashes" 2>/dev/null | sed 's/^/crash input: /'
exit $status
