#!/usr/bin/env python3
# Fills po/nl.po from a list of Dutch strings, one per line, in the order of
# the msgids in po/blendscan.pot (escapes such as \n written as in the .pot).
# Entries nl.po already translates are kept; used when adding a batch of
# new strings: python3 tools/po-fill.py TRANSLATIONS.txt
import re, sys

pot = open('po/blendscan.pot', encoding='utf-8').read()
try:
    old = open('po/nl.po', encoding='utf-8').read()
except FileNotFoundError:
    old = ''

def entries(text):
    out = []
    for block in text.split('\n\n'):
        m = re.search(r'^(msgctxt "(.*)"\n)?msgid ((?:".*"\n?)+)msgstr ((?:".*"\n?)+)', block + '\n', re.M)
        if m:
            msgid = ''.join(re.findall(r'"(.*)"', m.group(3)))
            msgstr = ''.join(re.findall(r'"(.*)"', m.group(4)))
            comments = [l for l in block.split('\n') if l.startswith('#')]
            out.append((m.group(2), msgid, msgstr, comments))
    return out

known = {(c, i): s for c, i, s, _ in entries(old) if i and s}
new = [l.rstrip('\n') for l in open(sys.argv[1], encoding='utf-8')] if len(sys.argv) > 1 else []
todo = [e for e in entries(pot) if e[1] and (e[0], e[1]) not in known]
if new and len(new) != len(todo):
    sys.exit(f"{len(todo)} untranslated strings but {len(new)} translations given")
for (c, i, _, _), s in zip(todo, new):
    known[(c, i)] = s

out = ['# Dutch translation of Blendscan.', 'msgid ""', 'msgstr ""',
       '"Project-Id-Version: blendscan\\n"',
       '"PO-Revision-Date: 2026-11-25 08:00+0000\\n"',
       '"Last-Translator: Blendscan developers\\n"',
       '"Language-Team: Dutch\\n"',
       '"Language: nl\\n"',
       '"MIME-Version: 1.0\\n"',
       '"Content-Type: text/plain; charset=UTF-8\\n"',
       '"Content-Transfer-Encoding: 8bit\\n"',
       '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"', '']
missing = 0
for c, i, _, comments in entries(pot):
    if not i:
        continue
    out += [l for l in comments if l.startswith('#.') or l.startswith('#,')]
    if c is not None:
        out.append(f'msgctxt "{c}"')
    out.append(f'msgid "{i}"')
    s = known.get((c, i), '')
    missing += not s
    out.append(f'msgstr "{s}"')
    out.append('')
open('po/nl.po', 'w', encoding='utf-8').write('\n'.join(out))
print(f"{missing} untranslated")
