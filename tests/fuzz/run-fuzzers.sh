#!/usr/bin/env bash
# Runs every fuzzer built in BUILD_DIR for SECONDS each, seeded from the project's
# fixtures, samples and tests/fuzz/seeds (a small .docx, .odt, .pdf and watch file written
# for the fuzzers). Corpora grow in BUILD_DIR/fuzz-corpus; a crash, leak or hang is
# written to BUILD_DIR/fuzz-artifacts and fails the run.
# Usage: run-fuzzers.sh BUILD_DIR [SECONDS] [TARGET...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:?usage: run-fuzzers.sh BUILD_DIR [SECONDS] [TARGET...]}" && pwd)
seconds=${2:-60}
shift $(( $# >= 2 ? 2 : 1 ))
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(find "$build/tests/fuzz" -maxdepth 1 -type f -executable \
                               -name 'fuzz_*' -printf '%f\n' | sort)
fi

seeds="$build/fuzz-seeds"
rm -rf "$seeds"
mkdir -p "$seeds/text" "$seeds/pairs" "$build/fuzz-artifacts"
# Fixtures of different folders share names (left.txt, right.txt): number the copies.
n=0
while IFS= read -r file; do
    cp "$file" "$seeds/text/$((n++))-$(basename "$file")"
done < <(find "$root/tests/fixtures" "$root/resources/samples" "$here/seeds" -type f -size -256k | sort)
# Pairs for the whole comparison: LEFT NUL RIGHT, each sample against the next.
mapfile -t samples < <(find "$root/resources/samples" "$root/tests/fixtures/documents" \
                           -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) | sort)
for (( i = 0; i + 1 < ${#samples[@]}; ++i )); do
    { cat "${samples[i]}"; printf '\0'; cat "${samples[i + 1]}"; } > "$seeds/pairs/pair-$i"
done

failed=()
for target in "${targets[@]}"; do
    corpus="$build/fuzz-corpus/$target"
    mkdir -p "$corpus"
    seed="$seeds/text"; maxlen=65536
    if [ "$target" = fuzz_compare ]; then seed="$seeds/pairs"; maxlen=32768; fi
    echo "== $target for ${seconds}s"
    # Niced: fuzzing takes whatever CPU is left, never a colleague's build.
    if ! nice -n 19 "$build/tests/fuzz/$target" "$corpus" "$seed" -max_total_time="$seconds" \
            -max_len="$maxlen" -timeout=30 -rss_limit_mb=3072 -print_final_stats=1 \
            -artifact_prefix="$build/fuzz-artifacts/$target-" 2> "$build/fuzz-$target.log"; then
        tail -n 60 "$build/fuzz-$target.log"
        failed+=("$target")
    else
        grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)' "$build/fuzz-$target.log" || true
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzers that found a problem: ${failed[*]} (inputs in $build/fuzz-artifacts)" >&2
    exit 1
fi
