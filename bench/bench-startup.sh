#!/bin/sh
# Startup time and memory of Blendscan opening an example, next to GNOME
# Text Editor (also GTK 4) opening a text file: time from launch until the
# window with the document is mapped (`xdotool search --sync`), then the
# resident memory of the process. Runs itself under Xvfb and a private
# session bus. Run on demand:
#   bench/bench-startup.sh            (builds _build first with tools/build)
#   BUILD=mybuild bench/bench-startup.sh
set -eu
cd "$(dirname "$0")/.."

if [ -z "${BS_BENCH_INNER:-}" ]; then
  if [ -z "${BUILD:-}" ]; then
    tools/build >/dev/null
  fi
  command -v gnome-text-editor >/dev/null ||
    apt-get install -y -q gnome-text-editor >/dev/null 2>&1 || true
  for tool in xvfb-run dbus-run-session xdotool; do
    command -v $tool >/dev/null || { echo "bench-startup: needs $tool" >&2; exit 1; }
  done
  BS_BENCH_INNER=1 exec xvfb-run -a -s "-screen 0 1280x800x24" \
    dbus-run-session -- "$0" "$@"
fi

build=${BUILD:-_build}
runs=${RUNS:-10}
app="$build/src/app/blendscan"
example=data/examples/marketingcommunicatie.blendscan

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# keyfile: so a run can set Blendscan's window size; fresh for every run.
export GSETTINGS_BACKEND=keyfile GSETTINGS_SCHEMA_DIR="$build/data"
export GTK_A11Y=none NO_AT_BRIDGE=1

# A text file of about the size of the example.
text="$dir/notes.txt"
: > "$text"
while [ "$(wc -c < "$text")" -lt "$(wc -c < "$example")" ]; do
  cat bench/README.md >> "$text"
done

now_ms () {
  echo $(( $(date +%s%N) / 1000000 ))
}

# measure NAME TITLE-PATTERN COMMAND...: prints "ms rss_kib" per run
measure () {
  run_name=$1; run_pattern=$2; shift 2
  i=0
  while [ $i -lt "$runs" ]; do
    # A fresh home each run: nothing to restore, nothing left over. The
    # caches (fonts, shaders) stay warm, as on a desktop.
    home="$dir/home-$run_name-${n:-w}-$i"
    mkdir -p "$home"
    export XDG_CONFIG_HOME="$home/config" XDG_STATE_HOME="$home/state"
    export XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$dir/cache"
    if [ -n "${BS_WINDOW_SIZE:-}" ]; then
      mkdir -p "$home/config/glib-2.0/settings"
      printf '[io/github/blendscan/Blendscan]\nwindow-width=%s\nwindow-height=%s\n' \
        "${BS_WINDOW_SIZE%x*}" "${BS_WINDOW_SIZE#*x}" > "$home/config/glib-2.0/settings/keyfile"
    fi
    start=$(now_ms)
    "$@" >"$dir/last.log" 2>&1 &
    pid=$!
    # As `xdotool search --sync`, but --sync looks only every 0.5 s:
    # too coarse for startup times, so look every 20 ms here.
    tries=0
    until xdotool search --onlyvisible --name "$run_pattern" >/dev/null 2>&1; do
      sleep 0.02
      tries=$((tries + 1))
      if ! kill -0 "$pid" 2>/dev/null; then
        echo "bench-startup: $1 exited without a window; run left out:" >&2
        cat "$dir/last.log" >&2
        tries=751
        break
      fi
      if [ $tries -gt 750 ]; then
        echo "bench-startup: no window \"$run_pattern\" from $1 after 15 s; run left out" >&2
        break
      fi
    done
    end=$(now_ms)
    # GNOME Text Editor keeps no window size of its own with
    # --ignore-session: to compare at Blendscan's default size, it is
    # resized once it shows (the time is taken before that).
    if [ -n "${RESIZE:-}" ]; then
      xdotool search --onlyvisible --name "$run_pattern" windowsize "${RESIZE%x*}" "${RESIZE#*x}" >/dev/null 2>&1 || true
    fi
    # Let it finish the first frames before reading its memory.
    sleep 1
    rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [ $tries -le 750 ]; then
      echo "$run_name $((end - start)) $rss"
    fi
    i=$((i + 1))
  done
}

median () {
  sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

summary () {
  out="$dir/runs"
  cat > "$out"
  t=$(cut -d' ' -f2 "$out" | median)
  tmin=$(cut -d' ' -f2 "$out" | sort -n | head -1)
  tmax=$(cut -d' ' -f2 "$out" | sort -n | tail -1)
  rss=$(cut -d' ' -f3 "$out" | median)
  printf '%-18s startup median %5.0f ms (min %s, max %s)   RSS median %6.1f MiB   (%s runs)\n' \
    "$1" "$t" "$tmin" "$tmax" "$(echo "$rss" | awk '{ print $1 / 1024 }')" "$(wc -l < "$out")"
}

# The window title shows the assessment's title once it is open.
title="Marketingcommunicatie"

# one warm-up each, so both read their files from the page cache
runs=1 measure warmup "$title" "$app" "$example" >/dev/null
if command -v gnome-text-editor >/dev/null; then
  runs=1 measure warmup notes.txt gnome-text-editor --standalone --ignore-session "$text" >/dev/null
fi

# GTK's default renderer (GL; llvmpipe under Xvfb), then the cairo one,
# whose memory does not depend on the GL driver. The three take turns run
# by run, so that a slower stretch of a shared machine hits all of them
# alike rather than whichever ran then.
for renderer in default cairo; do
  if [ "$renderer" = cairo ]; then
    export GSK_RENDERER=cairo
  fi
  echo "renderer: $renderer"
  : > "$dir/bs"; : > "$dir/bs700"; : > "$dir/gte"; : > "$dir/gte960"
  n=0
  while [ $n -lt "$runs" ]; do
    runs=1 measure blendscan "$title" "$app" "$example" >> "$dir/bs"
    # The same window size as GNOME Text Editor's default, 700×520: memory
    # for the window's buffers grows with its size.
    BS_WINDOW_SIZE=700x520 runs=1 measure blendscan "$title" "$app" "$example" >> "$dir/bs700"
    if command -v gnome-text-editor >/dev/null; then
      runs=1 measure gnome-text-editor notes.txt gnome-text-editor --standalone --ignore-session "$text" >> "$dir/gte"
      RESIZE=960x680 runs=1 measure gnome-text-editor notes.txt \
        gnome-text-editor --standalone --ignore-session "$text" >> "$dir/gte960"
    fi
    n=$((n + 1))
  done
  summary "Blendscan" < "$dir/bs"
  summary "Blendscan 700×520" < "$dir/bs700"
  [ -s "$dir/gte" ] && summary "GNOME Text Editor" < "$dir/gte"
  [ -s "$dir/gte960" ] && summary "Text Editor 960×680" < "$dir/gte960"
done

if command -v gnome-text-editor >/dev/null; then
  echo "GNOME Text Editor $(dpkg-query -W -f '${Version}' gnome-text-editor 2>/dev/null || true)"
else
  echo "gnome-text-editor is not installed: no comparison"
fi
