#!/bin/sh
# Runs the fuzz targets one after the other, SECONDS each (default 900), one job each.
#   fuzz/run.sh 900                      # both targets, stop at the first crash
#   TARGETS=parse_str fuzz/run.sh 1200 -fork=1 -ignore_crashes=1 -max_len=4096
# Extra arguments go to libFuzzer. Crashes, timeouts and OOMs land in
# fuzz/artifacts/<target>/. Needs a nightly toolchain and cargo-fuzz.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
secs=${1:-900}
[ $# -gt 0 ] && shift
"$here/seed.sh"
cd "$here"
for target in ${TARGETS:-parse_str parse_bytes}; do
    cargo +nightly fuzz run --sanitizer none "$target" "corpus/$target" -- \
        -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -dict=vanban.dict -print_final_stats=1 "$@" || echo "$target stopped with status $?"
done
