#!/usr/bin/env python3
"""Writes a large framework and an assessment answering all of it, for the
benchmarks: LEVELS x DIMS x STATEMENTS statements, each answered with a
score, a target, a note and evidence, like a very thorough team would."""
import sys, os

out = sys.argv[1] if len(sys.argv) > 1 else "."
levels, dims, statements = 3, 20, 34          # 2,040 statements
os.makedirs(out, exist_ok=True)

fw = ['<?xml version="1.0" encoding="UTF-8"?>',
      '<framework xmlns="urn:x-blendscan:framework" format="1" id="bench-large" version="1.0">',
      '  <title xml:lang="en">Large benchmark framework</title>',
      '  <title xml:lang="nl">Groot benchmarkraamwerk</title>', '  <scale>']
for v, (en, nl) in enumerate([("Exploring", "Verkennend"), ("Developing", "In ontwikkeling"),
                              ("Embedded", "Ingebed"), ("Leading", "Toonaangevend")], 1):
    fw.append(f'    <stage value="{v}" id="s{v}"><name xml:lang="en">{en}</name><name xml:lang="nl">{nl}</name></stage>')
fw.append('  </scale>')
ids = []
for l in range(levels):
    fw.append(f'  <level id="level{l}"><title xml:lang="en">Level {l}</title><title xml:lang="nl">Niveau {l}</title>')
    for d in range(dims):
        fw.append(f'    <dimension id="dim{d}"><title xml:lang="en">Dimension {d}</title><title xml:lang="nl">Dimensie {d}</title>')
        for s in range(statements):
            sid = f"level{l}.dim{d}.{s}"
            ids.append(sid)
            fw.append(f'      <statement id="{sid}"><text xml:lang="en">Statement {s} of dimension {d} at level {l}.</text>'
                      f'<text xml:lang="nl">Stelling {s} van dimensie {d} op niveau {l}.</text>')
            for st in range(1, 5):
                fw.append(f'        <descriptor stage="{st}"><text xml:lang="en">What stage {st} looks like.</text>'
                          f'<text xml:lang="nl">Hoe fase {st} eruitziet.</text></descriptor>')
            fw.append('      </statement>')
        fw.append('    </dimension>')
    fw.append('  </level>')
fw.append('</framework>')
open(os.path.join(out, "bench-framework.xml"), "w").write("\n".join(fw) + "\n")

a = ['<?xml version="1.0" encoding="UTF-8"?>',
     '<assessment xmlns="urn:x-blendscan:assessment" format="1">',
     '  <framework id="bench-large" version="1.0"/>',
     '  <title>Benchmark</title>', '  <levels>']
a += [f'    <level id="level{l}"/>' for l in range(levels)]
a.append('  </levels>')
a.append('  <answers>')
for i, sid in enumerate(ids):
    value = ["1", "2", "3", "4", "na", "unknown"][i % 6]
    a.append(f'    <answer statement="{sid}" value="{value}" target="{1 + (i % 4)}">')
    a.append(f'      <note>Toelichting bij {sid}: het team bespreekt dit onderwerp in de studiedag en legt afspraken vast.</note>')
    a.append(f'      <evidence>https://intranet.example.nl/documenten/{i}</evidence>')
    a.append('    </answer>')
a.append('  </answers>')
a.append('</assessment>')
open(os.path.join(out, "bench-assessment.blendscan"), "w").write("\n".join(a) + "\n")
print(f"{len(ids)} statements")
