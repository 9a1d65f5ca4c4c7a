#!/usr/bin/env python3
"""Writes N filled-in respondent questionnaires for the merge benchmark:
what `blendscan-cli blank full-three-levels.blendscan --respondents N`
hands out, with every statement of the default framework's three levels
answered (a stage, now and then N/A or "don't know", a note on some), as
if each respondent had filled in the whole form.

usage: gen-respondents.py DIR [N] [FRAMEWORK]"""
import os, random, re, sys

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
framework = sys.argv[3] if len(sys.argv) > 3 else os.path.join(
    os.path.dirname(__file__), "..", "data", "frameworks", "default.xml")
os.makedirs(out, exist_ok=True)

statements = re.findall(r'<statement id="([^"]+)"', open(framework, encoding="utf-8").read())
roles = ["teacher", "student", "programme-management", "support-staff", "external", "other"]
rng = random.Random(1)

head = '''<?xml version="1.0" encoding="UTF-8"?>
<assessment xmlns="urn:x-blendscan:assessment" format="2">
  <framework id="blendscan-embed" version="1.0"/>
  <title>Zelfevaluatie blended onderwijs Bachelor Communicatie 2025-2026 (cursus, opleiding en instelling)</title>
  <institution>Hogeschool Rijnmond</institution>
  <unit level="programme">Bachelor Communicatie (voltijd en deeltijd), Academie voor Communicatie &amp; Media</unit>
  <levels>
    <level id="course"/>
    <level id="programme"/>
    <level id="institution"/>
  </levels>
  <date>2026-02-10</date>
'''
for i in range(1, n + 1):
    lines = [head, f'  <respondent id="r-{rng.getrandbits(48):012x}" name="Respondent {i}" role="{roles[i % len(roles)]}"/>\n',
             '  <answers>\n']
    for k, sid in enumerate(statements):
        r = rng.random()
        value = "na" if r < 0.03 else "unknown" if r < 0.08 else str(rng.randint(1, 4))
        if k % 10 == i % 10:
            lines.append(f'    <answer statement="{sid}" value="{value}">\n'
                         f'      <note>Toelichting van respondent {i}: dit zie ik in mijn eigen onderwijs terug.</note>\n'
                         '    </answer>\n')
        else:
            lines.append(f'    <answer statement="{sid}" value="{value}"/>\n')
    lines.append('  </answers>\n</assessment>\n')
    with open(os.path.join(out, f"respondent-{i:04d}.blendscan"), "w", encoding="utf-8") as f:
        f.write("".join(lines))
print(f"{n} respondent files, {len(statements)} statements each, in {out}")
