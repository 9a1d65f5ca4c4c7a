#!/bin/sh
# Fails when a source file with user-visible strings is missing from
# po/POTFILES.in, or when po/nl.po lacks a translation for any string.
set -eu
src="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"

status=0
for f in $(grep -l -E '\b(N?_|C_|NC_)\s*\(' src/*/*.c 2>/dev/null) $(grep -l 'translatable="yes"' ui/*.ui ui/*/*.ui 2>/dev/null); do
  grep -qx "$f" po/POTFILES.in || { echo "not in po/POTFILES.in: $f"; status=1; }
done

xgettext --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=g_dcgettext:2 --keyword=g_dpgettext2:2c,3 \
  --add-comments=Translators --files-from=po/POTFILES.in -o "$tmp/blendscan.pot" 2>"$tmp/err" || { cat "$tmp/err"; exit 1; }
msgmerge -q --no-fuzzy-matching "po/nl.po" "$tmp/blendscan.pot" -o "$tmp/nl.po"
msgfmt -c --statistics -o /dev/null "$tmp/nl.po" 2>"$tmp/stats"
cat "$tmp/stats"
if grep -q -E 'untranslated|fuzzy' "$tmp/stats"; then
  echo "po/nl.po is incomplete; untranslated strings:"
  msgattrib --untranslated --no-obsolete "$tmp/nl.po" | grep '^msgid' | tail -n +2
  status=1
fi
exit $status
