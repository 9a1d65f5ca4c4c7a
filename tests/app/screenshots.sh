#!/bin/sh
# Screenshots of every page at 1280×800 and 800×600, in English and Dutch,
# under Xvfb (`import -window root`), to look at for clipping and overlap.
#   tests/app/screenshots.sh BUILD OUTDIR
set -eu
cd "$(dirname "$0")/../.."
build=${1:-_build}
out=${2:-screenshots}
mkdir -p "$out"
out=$(cd "$out" && pwd)

if [ -z "${BS_SHOTS_INNER:-}" ]; then
  BS_SHOTS_INNER=1 exec xvfb-run -a -s "-screen 0 1280x800x24" \
    dbus-run-session -- "$0" "$build" "$out"
fi

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data"
export XDG_STATE_HOME="$dir/state" XDG_CONFIG_HOME="$dir/config"
export GTK_A11Y=none NO_AT_BRIDGE=1
export BLENDSCAN_LOCALEDIR="$build/po"
example=data/examples/full-three-levels.blendscan
team=data/examples/team-bedrijfskunde.blendscan

# shot NAME SIZE "KEYS" [FILE]
shot () {
  name=$1; size=$2; keys=$3; shift 3
  "$build/src/app/blendscan" "$@" >/dev/null 2>&1 &
  pid=$!
  until xdotool search --onlyvisible --class blendscan >/dev/null 2>&1; do sleep 0.05; done
  sleep 1
  win=$(xdotool search --onlyvisible --class blendscan | head -1)
  xdotool windowsize "$win" "${size%x*}" "${size#*x}" windowmove "$win" 0 0
  sleep 0.5
  for key in $keys; do
    xdotool key --window "$win" "$key"
    sleep 0.5
  done
  sleep 0.5
  import -window root -crop "${size}+0+0" "$out/$name-$size-$lang.png"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

for lang in en nl; do
  if [ "$lang" = nl ]; then
    export LANGUAGE=nl LANG=nl_NL.UTF-8
  fi
  for size in 1280x800 800x600; do
    shot welcome "$size" ""
    shot new "$size" "ctrl+n"
    shot dimension "$size" "" "$example"
    shot dimension-keys "$size" "2 Down 3 Down n" "$example"
    shot results "$size" "ctrl+r" "$example"
    shot actions "$size" "ctrl+l" "$example"
    shot shortcuts "$size" "ctrl+question" "$example"
    shot preferences "$size" "ctrl+comma" "$example"
    shot hand-out "$size" "ctrl+shift+h" "$team"
  done
done
ls "$out"
