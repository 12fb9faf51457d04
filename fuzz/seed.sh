#!/bin/sh
# Builds the libFuzzer seed corpora from the project's corpus at run time (nothing is
# committed): every corpus document whole, and windows of 25 lines of each, so that
# small inputs start near every kind of line. Also the dev corpus when it is present.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
dev=${VANBAN_CORPUS_DEV:-$root/../shared/corpus-dev}
for target in parse_str parse_bytes check; do
    out=$here/corpus/$target
    mkdir -p "$out"
    for f in "$root"/corpus/seeds/*.txt "$root"/corpus/written/*.txt "$dev"/*.txt; do
        [ -f "$f" ] || continue
        name=$(basename "$f" .txt)
        if [ "$target" = parse_bytes ]; then
            # The first byte selects the encoding: 7 = detect.
            { printf '\007'; cat "$f"; } > "$out/$name"
        else
            cp "$f" "$out/$name"
        fi
        split -l 25 -d -a 3 "$f" "$out/$name.w"
        if [ "$target" = parse_bytes ]; then
            for w in "$out/$name".w*; do
                { printf '\007'; cat "$w"; } > "$w.b" && mv "$w.b" "$w"
            done
        fi
    done
done
echo "seeded: $(ls "$here"/corpus/parse_str | wc -l) inputs per target"
