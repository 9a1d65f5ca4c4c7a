#!/bin/sh
# Screenshots of the review meeting (F5 on a team file) on a 1920×1080
# projector and an 800×600 laptop, light, dark and high contrast, under
# Xvfb (`import -window root`), to look at for clipping and overlap.
#   tests/app/review-screenshots.sh BUILD OUTDIR
set -eu
cd "$(dirname "$0")/../.."
build=${1:-_build}
out=${2:-screenshots}
mkdir -p "$out"
out=$(cd "$out" && pwd)
example=data/examples/team-bedrijfskunde.blendscan

# shot SIZE SCHEME LANG
shot () {
  size=$1; scheme=$2; lang=$3
  BS_SIZE=$size BS_SCHEME=$scheme BS_LANG=$lang xvfb-run -a -s "-screen 0 ${size}x24" \
    dbus-run-session -- "$0" --inner "$build" "$out"
}

if [ "${1:-}" = --inner ]; then
  build=$2; out=$3
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' EXIT
  export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data"
  export XDG_STATE_HOME="$dir/state" XDG_CONFIG_HOME="$dir/config"
  export GTK_A11Y=none NO_AT_BRIDGE=1
  case $BS_SCHEME in
    dark) export ADW_DEBUG_COLOR_SCHEME=prefer-dark ;;
    hc) export ADW_DEBUG_HIGH_CONTRAST=1 ;;
  esac
  if [ "$BS_LANG" = nl ]; then
    export LANGUAGE=nl LANG=nl_NL.UTF-8
  fi
  "$build/src/app/blendscan" "$example" >/dev/null 2>&1 &
  pid=$!
  until xdotool search --onlyvisible --class blendscan >/dev/null 2>&1; do sleep 0.05; done
  sleep 1.5
  win=$(xdotool search --onlyvisible --class blendscan | head -1)
  xdotool key --window "$win" F5
  sleep 2
  name="$out/review-$BS_SIZE-$BS_SCHEME-$BS_LANG"
  import -window root "$name-level.png"
  review=$(xdotool getactivewindow 2>/dev/null || xdotool search --onlyvisible --name . | tail -1)
  xdotool key --window "$review" Right
  sleep 1.5
  import -window root "$name-statement.png"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  exit 0
fi

for size in ${SIZES:-1920x1080 800x600}; do
  for scheme in ${SCHEMES:-light dark hc}; do
    for lang in ${LANGS:-en}; do
      shot "$size" "$scheme" "$lang"
    done
  done
done
ls "$out"
