#!/bin/sh
# Stepping in the review meeting (bench-review) with 1,000 respondents, for
# one or more builds that take turns run by run, so that a busy moment of
# the machine falls on all of them alike: e.g. a build of main next to the
# working tree's. Per run and build: the step → painted time and the main
# thread's CPU time per step (median and 90th percentile), all of it and
# that of the step and its frame alone (without the background work that
# ran while the frame clock waited for its next frame), the X server's, and
# the frame interval; then per build the median of the runs' medians, and
# their spread (lowest–highest).
#   bench/bench-review.sh [BUILD...]   (default _build)
#   RUNS=N (default 5), STEPS=N (100), SIZE=WxH (1920x1080),
#   GSK_RENDERER (default cairo: software GL under Xvfb is not a GPU's)
set -eu
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
STEPS=${STEPS:-100}
SIZE=${SIZE:-1920x1080}
GSK_RENDERER=${GSK_RENDERER:-cairo}
export GSK_RENDERER
[ $# -gt 0 ] || set -- _build

for build in "$@"; do
  [ -x "$build/bench/bench-review" ] || { echo "no $build/bench/bench-review: build it first" >&2; exit 1; }
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
spread() { tr ' ' '\n' | grep . | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "–" hi }'; }
# field LABEL WHICH (median or p90) of a bench-review output on stdin
field() { awk -v label="$1" -v which="$2" 'index($0, label) == 1 { for (i = 1; i < NF; i++) if ($i == which) { print $(i + 1); exit } }'; }

out=$(mktemp)
trap 'rm -f "$out"' EXIT
echo "load before: $(uptime)"
i=0
for run in $(seq "$RUNS"); do
  i=0
  for build in "$@"; do
    i=$((i + 1))
    xvfb-run -a -s "-screen 0 ${SIZE}x24" dbus-run-session -- "$build/bench/bench-review" "$STEPS" >"$out" 2>/dev/null
    step=$(field "step → painted, statement" median <"$out")
    step90=$(field "step → painted, statement" p90 <"$out")
    cpu=$(field "  CPU time of the main thread" median <"$out")
    cpu90=$(field "  CPU time of the main thread" p90 <"$out")
    path=$(field "  … of the step and its frame alone" median <"$out")
    path90=$(field "  … of the step and its frame alone" p90 <"$out")
    xcpu=$(field "  CPU time of the X server per step" mean <"$out")
    frame=$(field "  frame time since the previous frame" median <"$out")
    printf 'run %s  %-22s step → painted %6s ms (p90 %6s)  CPU %6s (p90 %6s), step and frame alone %6s (p90 %6s)  X server %5s  frame interval %6s ms\n' \
      "$run" "$build" "$step" "$step90" "$cpu" "$cpu90" "${path:-?}" "${path90:-?}" "${xcpu:-?}" "$frame"
    eval "steps_$i=\"\${steps_$i:-} $step\"; steps90_$i=\"\${steps90_$i:-} $step90\""
    eval "cpus_$i=\"\${cpus_$i:-} $cpu\"; cpus90_$i=\"\${cpus90_$i:-} $cpu90\"; xcpus_$i=\"\${xcpus_$i:-} ${xcpu:-}\"; paths_$i=\"\${paths_$i:-} ${path:-}\"; paths90_$i=\"\${paths90_$i:-} ${path90:-}\""
  done
done
echo "load after: $(uptime)"

i=0
for build in "$@"; do
  i=$((i + 1))
  eval "s=\$steps_$i; s90=\$steps90_$i; c=\$cpus_$i; c90=\$cpus90_$i; x=\$xcpus_$i; p=\$paths_$i; p90=\$paths90_$i"
  printf '%-28s step → painted: median %s ms (runs %s), p90 %s ms (runs %s)\n' "$build" \
    "$(echo "$s" | median)" "$(echo "$s" | spread)" "$(echo "$s90" | median)" "$(echo "$s90" | spread)"
  printf '%-28s CPU per step:   median %s ms (runs %s), p90 %s ms (runs %s); X server %s ms (runs %s)\n' "" \
    "$(echo "$c" | median)" "$(echo "$c" | spread)" "$(echo "$c90" | median)" "$(echo "$c90" | spread)" \
    "$(echo "$x" | median)" "$(echo "$x" | spread)"
  printf '%-28s ... of the step and its frame alone: median %s ms (runs %s), p90 %s ms (runs %s)\n' "" \
    "$(echo "$p" | median)" "$(echo "$p" | spread)" "$(echo "$p90" | median)" "$(echo "$p90" | spread)"
done
