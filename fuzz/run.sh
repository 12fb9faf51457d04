#!/bin/sh
# Runs the fuzz targets (parse_str, parse_bytes, check) one after the other, SECONDS each
# (default 900), one job each.
#   fuzz/run.sh 900                      # all three, each stops at its first crash
#   TARGETS=parse_str fuzz/run.sh 1200 -fork=1 -ignore_crashes=1 -max_len=4096
# Extra arguments go to libFuzzer. Crashes, timeouts and OOMs land in
# fuzz/artifacts/<target>/. Needs a nightly toolchain and cargo-fuzz. Run as root, libFuzzer's
# -fork mode can delete /dev/null (and the next writer makes it a plain file); restore it
# with `rm /dev/null && mknod -m 666 /dev/null c 1 3`.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
secs=${1:-900}
[ $# -gt 0 ] && shift
"$here/seed.sh"
cd "$here"
status=0
for target in ${TARGETS:-parse_str parse_bytes check}; do
    cargo +nightly fuzz run --sanitizer none "$target" "corpus/$target" -- \
        -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -dict=vanban.dict -print_final_stats=1 "$@" || { status=$?; echo "$target stopped with status $status"; }
done
# With FUZZ_STRICT=1 (as CI runs it) a finding fails the run.
[ "${FUZZ_STRICT:-0}" = 1 ] && exit "$status"
exit 0
