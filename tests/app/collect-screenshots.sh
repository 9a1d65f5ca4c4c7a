#!/bin/sh
# Screenshots of handing out and collecting on a team file: "Hand Out
# Questionnaires…" (Ctrl+Shift+H), "Add Responses…" (Ctrl+Shift+A) with its
# file chooser, the toast after adding, and the refusal of a questionnaire
# of another unit; on a 1920×1080 projector and an 800×600 laptop, light,
# dark and high contrast, under Xvfb (`import -window root`).
#   tests/app/collect-screenshots.sh BUILD OUTDIR
set -eu
cd "$(dirname "$0")/../.."
build=${1:-_build}
out=${2:-screenshots}
mkdir -p "$out"
out=$(cd "$out" && pwd)

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
  export GTK_A11Y=none NO_AT_BRIDGE=1 BLENDSCAN_LOCALEDIR="$build/po"
  case $BS_SCHEME in
    dark) export ADW_DEBUG_COLOR_SCHEME=prefer-dark ;;
    hc) export ADW_DEBUG_HIGH_CONTRAST=1 ;;
  esac
  if [ "$BS_LANG" = nl ]; then
    export LANGUAGE=nl LANG=nl_NL.UTF-8
  fi
  # A copy, as adding responses changes it; and one questionnaire to add.
  cp data/examples/team-bedrijfskunde.blendscan "$dir/team.blendscan"
  printf 'Noor Jansen,student\n' > "$dir/names.csv"
  "$build/src/cli/blendscan-cli" blank "$dir/team.blendscan" -o "$dir/out" --names "$dir/names.csv" >/dev/null
  "$build/src/app/blendscan" "$dir/team.blendscan" >/dev/null 2>&1 &
  pid=$!
  until xdotool search --onlyvisible --class blendscan >/dev/null 2>&1; do sleep 0.05; done
  sleep 1.5
  # No window manager: keys go to the window under the pointer.
  xdotool mousemove 200 200
  name="$out/collect-$BS_SIZE-$BS_SCHEME-$BS_LANG"
  xdotool key ctrl+shift+h
  sleep 1.5
  import -window root "$name-hand-out.png"
  xdotool key Escape
  sleep 1
  xdotool key ctrl+shift+a
  sleep 1.5
  import -window root "$name-chooser.png"
  xdotool key ctrl+l
  xdotool type --delay 5 "$dir/out/noor-jansen.blendscan"
  xdotool key Return
  sleep 1.5
  import -window root "$name-added.png"
  xdotool key ctrl+shift+a
  sleep 1.5
  xdotool key ctrl+l
  xdotool type --delay 5 "$(pwd)/data/examples/marketingcommunicatie.blendscan"
  xdotool key Return
  sleep 1.5
  import -window root "$name-refused.png"
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
