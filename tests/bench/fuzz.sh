#!/bin/bash
# Fuzzes the exchange package reader for a while (tests/fuzz/fuzz-package-reader.c): builds the
# libFuzzer target with clang, ASan and UBSan in its own build folder, runs it on a copy of its
# corpus (tests/fixtures/fuzz-package/ stays as it is) and prints one line, as run.sh's others:
#
#   fuzz_package_reader<TAB>N runs, 0 crashes<TAB>(S s, …)
#
#   tests/bench/fuzz.sh [SECONDS]     (120 by default; run.sh runs it at its end)
#
# A crash, a leak, a hang (10 s on one input) or running out of memory stops the run: the line
# says so and names the input kept in tests/bench/out/fuzz/crashes/, which
#   _build/tests/fuzz/fuzz-corpus FILE
# reads again in any build. The run's output is in tests/bench/out/fuzz/fuzz.log.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/_build-bench-fuzz"
work="$root/tests/bench/out/fuzz"
seconds=${1:-120}

# clang's libFuzzer: on Debian 12 the packages clang and libclang-rt-dev (libclang-rt-14-dev).
has_libfuzzer () {
  command -v clang >/dev/null 2>&1 &&
    printf '#include <stddef.h>\n#include <stdint.h>\nint LLVMFuzzerTestOneInput (const uint8_t *d, size_t n) { return 0; }\n' |
    clang -fsanitize=fuzzer,address,undefined -x c - -o /dev/null >/dev/null 2>&1
}
if ! has_libfuzzer && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "# installing clang and its libFuzzer runtime for the fuzzing (once)" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends clang libclang-rt-dev \
    >/dev/null 2>&1 || true
fi
if ! has_libfuzzer; then
  printf 'fuzz_package_reader\t(not run: clang with libFuzzer is not installed: apt install clang libclang-rt-dev)\n'
  exit 0
fi

if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" "$root" -Dfuzzing=true >/dev/null
fi
ninja -C "$build" tests/fuzz/fuzz-package-reader >/dev/null

rm -rf "$work/corpus"
mkdir -p "$work/corpus" "$work/crashes"
cp "$root"/tests/fixtures/fuzz-package/* "$work/corpus/"
# The schema's names as tokens, and XML's, for the fuzzer's mutations.
{
  grep -o 'name="[a-z-]*"' "$root/data/huodongban-package.rng" | sed 's/name="\(.*\)"/\1/' | sort -u |
    while read -r name; do
      printf '"<%s>"\n"</%s>"\n' "$name" "$name"
    done
  printf '"%s"\n' '<!' '<!DOCTYPE' '<!ENTITY' '<![CDATA[' ']]>' '-->' '&amp;' '&#x' '<?xml' '?>' \
    'version=\"' 'xmlns=\"' '<signature'
} > "$work/package.dict"

status=0
ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
LSAN_OPTIONS=suppressions=$root/tests/lsan.supp:print_suppressions=0 \
G_SLICE=always-malloc \
  "$build/tests/fuzz/fuzz-package-reader" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 -dict="$work/package.dict" \
    -artifact_prefix="$work/crashes/" "$work/corpus" >"$work/fuzz.log" 2>&1 || status=$?

runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/fuzz.log" | tail -n 1)
[ -n "$runs" ] || runs=$(grep -o '^#[0-9]*' "$work/fuzz.log" | tail -n 1 | tr -d '#')
secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$work/fuzz.log" | tail -n 1)
corpus=$(ls "$work/corpus" | wc -l)
found=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$work/fuzz.log" | tail -n 1)
if [ $status = 0 ] && [ -z "$found" ]; then
  printf 'fuzz_package_reader\t%s runs, 0 crashes\t(%s s, %s inputs in the corpus after the run)\n' \
    "${runs:-?}" "${secs:-$seconds}" "$corpus"
else
  # The sanitizer's or libFuzzer's word for it, and the target's own message, if any.
  kind=$(grep -o -m 1 -E '(libFuzzer|AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer): [a-z-]+( [a-z-]+)*|runtime error: .*' \
    "$work/fuzz.log" || echo "exit status $status")
  message=$(sed -n 's/.*ERROR \*\*: [0-9:.]*: //p' "$work/fuzz.log" | head -n 1)
  [ -z "$message" ] || kind="$kind; $message"
  printf 'fuzz_package_reader\t%s runs, 1 crash (%s): %s\t(see %s)\n' \
    "${runs:-?}" "$kind" "${found:-no input saved}" "$work/fuzz.log"
fi
