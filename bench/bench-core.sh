#!/bin/sh
# Load + validate + score of a large assessment (2,040 answers), next to
# `xmllint --noout --relaxng` on the same file as the floor. Run on demand:
#   bench/bench-core.sh            (builds first with tools/build)
set -eu
cd "$(dirname "$0")/.."
tools/build >/dev/null
command -v hyperfine >/dev/null || { apt-get install -y -q hyperfine >/dev/null 2>&1 || true; }

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 bench/gen-large.py "$dir"
ls -l "$dir"

cli="_build/src/cli/blendscan-cli"
a="$dir/bench-assessment.blendscan"
f="$dir/bench-framework.xml"

if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 3 --runs 30 \
    "xmllint --noout --relaxng data/schemas/assessment.rng $a" \
    "$cli score $a --framework $f --format csv" \
    "$cli validate --quiet $a --framework $f"
else
  for cmd in "xmllint --noout --relaxng data/schemas/assessment.rng $a" \
             "$cli score $a --framework $f --format csv"; do
    start=$(date +%s%N)
    for i in $(seq 30); do $cmd >/dev/null 2>&1; done
    end=$(date +%s%N)
    echo "$cmd: $(( (end - start) / 30000000 )) ms per run"
  done
fi

# Instruction counts do not depend on what else the machine is doing.
if command -v valgrind >/dev/null; then
  ir() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | sed -n 's/.*Collected : //p'; }
  xa=$(ir xmllint --noout --relaxng data/schemas/assessment.rng "$a")
  xf=$(ir xmllint --noout --relaxng data/schemas/framework.rng "$f")
  bs=$(ir "$cli" score "$a" --framework "$f" --format csv)
  echo "instructions: xmllint assessment $xa, xmllint framework $xf, blendscan-cli score (both files) $bs"
  echo "ratio to the floor of both files: $(echo "scale=2; $bs / ($xa + $xf)" | bc 2>/dev/null || python3 -c "print(round($bs/($xa+$xf),2))")"
fi
