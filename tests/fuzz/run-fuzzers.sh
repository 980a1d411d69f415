#!/usr/bin/env bash
# Runs every fuzzer built in BUILD_DIR for SECONDS each, seeded from the project's
# fixtures, samples and tests/fuzz/seeds (a small .docx, .odt, .pdf, watch file and
# sessions written for the fuzzers); a target with a dictionary (tests/fuzz/TARGET.dict)
# mutates with its words. Corpora grow in BUILD_DIR/fuzz-corpus; a crash, leak or hang is
# written to BUILD_DIR/fuzz-artifacts, printed, and fails the run.
#
# FUZZ_TIMEOUT (default 120) is libFuzzer's -timeout: the seconds of wall clock one input
# may take before it counts as a hang. The engine's one-time loads happen before the clock
# starts (fuzzmain.h), and the slowest input of a 30 s run takes under a second of CPU, but
# the fuzzers run at nice 19: beside a build on two cores they get a few percent of a core,
# and one second of CPU was measured taking 38 s of wall clock. 120 s leaves room for that
# and still stops a real infinite loop within two minutes.
# Usage: run-fuzzers.sh BUILD_DIR [SECONDS] [TARGET...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:?usage: run-fuzzers.sh BUILD_DIR [SECONDS] [TARGET...]}" && pwd)
seconds=${2:-60}
timeout=${FUZZ_TIMEOUT:-120}
shift $(( $# >= 2 ? 2 : 1 ))
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(find "$build/tests/fuzz" -maxdepth 1 -type f -executable \
                               -name 'fuzz_*' -printf '%f\n' | sort)
fi

seeds="$build/fuzz-seeds"
rm -rf "$seeds"
mkdir -p "$seeds/text" "$seeds/pairs" "$seeds/sessions" "$build/fuzz-artifacts"
# Fixtures of different folders share names (left.txt, right.txt): number the copies.
n=0
while IFS= read -r file; do
    cp "$file" "$seeds/text/$((n++))-$(basename "$file")"
done < <(find "$root/tests/fixtures" "$root/resources/samples" "$here/seeds" -type f -size -256k | sort)
cp "$here"/seeds/*.recension "$seeds/sessions/"
# Pairs for the whole comparison: LEFT NUL RIGHT, each sample against the next.
mapfile -t samples < <(find "$root/resources/samples" "$root/tests/fixtures/documents" \
                           -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) | sort)
for (( i = 0; i + 1 < ${#samples[@]}; ++i )); do
    { cat "${samples[i]}"; printf '\0'; cat "${samples[i + 1]}"; } > "$seeds/pairs/pair-$i"
done

# An input a fuzzer stopped on, shown in the log: its path, size and first bytes.
show_artifacts() {
    local file
    for file in "$build/fuzz-artifacts/$1-"*; do
        [ -e "$file" ] || continue
        echo "-- $file ($(stat -c %s "$file") bytes; first 512 shown)"
        head -c 512 "$file" | od -A d -c | head -n 40
    done
}

failed=()
for target in "${targets[@]}"; do
    corpus="$build/fuzz-corpus/$target"
    mkdir -p "$corpus"
    rm -f "$build/fuzz-artifacts/$target-"*
    seed="$seeds/text"; maxlen=65536; options=()
    case "$target" in
        fuzz_compare) seed="$seeds/pairs"; maxlen=32768 ;;
        fuzz_session) seed="$seeds/sessions" ;;
    esac
    if [ -f "$here/$target.dict" ]; then options+=("-dict=$here/$target.dict"); fi
    echo "== $target for ${seconds}s"
    # Niced: fuzzing takes whatever CPU is left, never a colleague's build.
    if ! nice -n 19 "$build/tests/fuzz/$target" "$corpus" "$seed" -max_total_time="$seconds" \
            -max_len="$maxlen" -timeout="$timeout" -rss_limit_mb=3072 -print_final_stats=1 \
            "${options[@]}" -artifact_prefix="$build/fuzz-artifacts/$target-" \
            2> "$build/fuzz-$target.log"; then
        tail -n 60 "$build/fuzz-$target.log"
        show_artifacts "$target"
        failed+=("$target")
    else
        grep -E '^stat::(number_of_executed_units|slowest_unit_time_sec|peak_rss_mb)' \
            "$build/fuzz-$target.log" || true
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzers that found a problem: ${failed[*]} (inputs in $build/fuzz-artifacts; each" \
         "becomes a regression input in tests/fixtures/fuzz, README Reliability)" >&2
    exit 1
fi
