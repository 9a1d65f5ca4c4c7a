#!/bin/sh
# blendscan-cli merge of 1,000 filled-in respondent files (the full
# three-level default framework, every statement answered), next to
# `xmllint --noout` over the same 1,000 files as the floor: the two take
# turns, run by run, so a busy moment of the machine falls on both. Then
# the opening of the merged 1,000-respondent team file (`validate`).
#   bench/bench-merge.sh            RUNS=N (default 7), N_FILES=N (1000),
#                                   BUILD=dir (default _build, built first)
set -eu
cd "$(dirname "$0")/.."
BUILD=${BUILD:-_build}
RUNS=${RUNS:-7}
N_FILES=${N_FILES:-1000}
[ -f "$BUILD/build.ninja" ] || meson setup "$BUILD" -Dwerror=true >/dev/null
nice ninja -C "$BUILD" >/dev/null
cli="$BUILD/src/cli/blendscan-cli"

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 bench/gen-respondents.py "$dir/in" "$N_FILES"
"$cli" validate "$dir/in/respondent-0001.blendscan"

# Milliseconds of wall time a command takes, its output dropped.
ms() {
  start=$(date +%s%N)
  "$@" >/dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# One of each first, untimed: the files in the page cache, the binary loaded.
xmllint --noout "$dir"/in/*.blendscan
"$cli" merge -o "$dir/warm.blendscan" "$dir"/in/*.blendscan >/dev/null

merge="" xml="" open=""
for run in $(seq "$RUNS"); do
  rm -f "$dir/team.blendscan" "$dir/team.blendscan~"
  merge="$merge $(ms "$cli" merge -o "$dir/team.blendscan" "$dir"/in/*.blendscan)"
  xml="$xml $(ms xmllint --noout "$dir"/in/*.blendscan)"
  open="$open $(ms "$cli" validate "$dir/team.blendscan")"
done

m=$(echo "$merge" | median)
x=$(echo "$xml" | median)
o=$(echo "$open" | median)
echo "team file: $(stat -c %s "$dir/team.blendscan") bytes, $(grep -c '<respondent ' "$dir/team.blendscan") respondents"
echo "merge of $N_FILES files (ms):        $merge  median $m"
echo "xmllint --noout, same files (ms):  $xml  median $x"
echo "ratio merge / xmllint: $(awk "BEGIN { printf \"%.1f\", $m / $x }") (target: 2.0 or less)"
echo "validate (open) the team file (ms): $open  median $o"
echo "load: $(uptime)"
