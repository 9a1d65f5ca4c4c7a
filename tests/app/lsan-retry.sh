#!/bin/sh
# Runs a GUI test of the sanitizer build once more when LeakSanitizer itself
# crashed at exit ("Tracer caught signal 11 … LeakSanitizer has encountered a
# fatal error"): its stop-the-world tracer can fault when one of GTK's or
# GLib's worker threads ends while it reads the threads' stacks. That is the
# checker failing, not a leak or a failed test; any other failure counts.
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
for attempt in 1 2; do
  "$@" >"$out" 2>"$err"
  status=$?
  if [ "$status" -eq 0 ] || ! grep -q 'LeakSanitizer has encountered a fatal error' "$err"; then
    break
  fi
  echo "# LeakSanitizer crashed itself (attempt $attempt); running the test again" >&2
done
cat "$out"
cat "$err" >&2
exit "$status"
