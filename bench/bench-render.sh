#!/bin/sh
# Times Blendscan's report and radar rendering against the spreadsheet
# route many institutions take today: a LibreOffice Calc sheet with the same
# scores and a radar chart, turned into a PDF by LibreOffice headless.
#
# usage: bench/bench-render.sh [BUILDDIR]     (default: _build)
# Run on demand, never from meson test: the numbers depend on the machine.
# Installs libreoffice-calc with apt-get when it is missing and we are root.
set -eu
cd "$(dirname "$0")/.."

BUILD=${1:-_build}
RUNS=${RUNS:-10}
LO_RUNS=${LO_RUNS:-5}
EXAMPLE=data/examples/full-three-levels.blendscan

[ -f "$BUILD/build.ninja" ] || meson setup "$BUILD" -Dwerror=true
ninja -C "$BUILD" src/cli/blendscan-cli bench/bench-render >/dev/null
CLI="$BUILD/src/cli/blendscan-cli"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM

# Median wall time in ms of running a command N times: the median, not
# the mean, so one hiccup of a busy machine does not decide the result.
median_ms () {
  python3 - "$@" <<'PY'
import subprocess, sys, time
n = int(sys.argv[1])
times = []
for _ in range(n):
    start = time.monotonic()
    subprocess.run(sys.argv[2:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append((time.monotonic() - start) * 1000)
times.sort()
print("%.1f" % times[len(times) // 2])
PY
}

echo "== In-process rendering ($EXAMPLE)"
"$BUILD/bench/bench-render" "$EXAMPLE" 100 10

echo
echo "== blendscan-cli report, median of $RUNS runs (process start, loading, layout, PDF)"
bs_ms=$(median_ms "$RUNS" "$CLI" report "$EXAMPLE" -o "$TMP/report.pdf" --lang nl)
bs_pages=$(pdfinfo "$TMP/report.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }' || true)
echo "blendscan-cli report: $bs_ms ms per report (${bs_pages:-?} pages)"

echo
echo "== blendscan-cli chart, median of $RUNS runs (one 600 px PNG)"
chart_ms=$(median_ms "$RUNS" "$CLI" chart "$EXAMPLE" --level institution -o "$TMP/chart.png")
echo "blendscan-cli chart: $chart_ms ms per chart"

echo
echo "== LibreOffice Calc: the same scores with a radar chart per level, to PDF"
if ! command -v soffice >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get install -y --no-install-recommends libreoffice-calc >/dev/null
  else
    echo "soffice not found; install libreoffice-calc to compare" >&2
    exit 0
  fi
fi

"$CLI" score "$EXAMPLE" --format csv --lang nl > "$TMP/scores.csv"
python3 bench/make-spreadsheet.py "$TMP/scores.csv" "$TMP/scores.fods"
PROFILE="file://$TMP/lo-profile"

# The first start creates LibreOffice's profile; it is not counted, which
# favours LibreOffice.
soffice -env:UserInstallation="$PROFILE" --headless --convert-to pdf --outdir "$TMP" "$TMP/scores.fods" >/dev/null 2>&1

lo_ms=$(median_ms "$LO_RUNS" soffice -env:UserInstallation="$PROFILE" --headless --convert-to pdf --outdir "$TMP" "$TMP/scores.fods")
lo_pages=$(pdfinfo "$TMP/scores.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }' || true)
echo "LibreOffice headless: $lo_ms ms per PDF (${lo_pages:-?} pages: charts and score tables only)"

echo
awk "BEGIN { printf \"blendscan-cli report is %.1f× faster than the spreadsheet route (target: 20×)\\n\", $lo_ms / $bs_ms }"
