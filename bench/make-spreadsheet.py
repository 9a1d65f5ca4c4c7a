#!/usr/bin/env python3
"""Writes the spreadsheet many institutions use instead of Blendscan: a flat
OpenDocument spreadsheet (.fods) with one sheet per level, the dimension
scores in a table and a radar chart of them. Standard library only.

usage: make-spreadsheet.py SCORES.csv OUT.fods
SCORES.csv is the output of `blendscan-cli score --format csv`.
"""
import csv
import sys
from xml.sax.saxutils import escape, quoteattr

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"'
)


def cell_string(text):
    return ('<table:table-cell office:value-type="string"><text:p>%s</text:p>'
            '</table:table-cell>' % escape(text))


def cell_float(value):
    return ('<table:table-cell office:value-type="float" office:value="%s">'
            '<text:p>%s</text:p></table:table-cell>' % (value, value))


def chart(sheet, n):
    # Below the table, within one A4 page.
    top = 0.5 * (n + 3)
    ref = "'%s'" % sheet
    rng = "%s.A1:%s.B%d" % (ref, ref, n + 1)
    return f'''<table:shapes>
<draw:frame svg:x="0.2cm" svg:y="{top}cm" svg:width="15cm" svg:height="13cm" draw:z-index="0">
<draw:object draw:notify-on-update-of-ranges={quoteattr(rng)}>
<office:document office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.chart">
<office:body><office:chart>
<chart:chart svg:width="15cm" svg:height="13cm" chart:class="chart:radar">
<chart:title><text:p>{escape(sheet)}</text:p></chart:title>
<chart:legend chart:legend-position="bottom"/>
<chart:plot-area table:cell-range-address={quoteattr(rng)} chart:data-source-has-labels="both">
<chart:axis chart:dimension="x" chart:name="primary-x">
<chart:categories table:cell-range-address={quoteattr("%s.A2:%s.A%d" % (ref, ref, n + 1))}/>
</chart:axis>
<chart:axis chart:dimension="y" chart:name="primary-y"><chart:grid chart:class="major"/></chart:axis>
<chart:series chart:class="chart:radar" chart:values-cell-range-address={quoteattr("%s.B2:%s.B%d" % (ref, ref, n + 1))} chart:label-cell-address={quoteattr("%s.B1" % ref)}/>
</chart:plot-area>
</chart:chart>
</office:chart></office:body>
</office:document>
</draw:object>
</draw:frame>
</table:shapes>'''


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    levels = {}
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["dimension_id"] == "" or row["score"] == "":
                continue
            levels.setdefault(row["level"], []).append((row["dimension_title"], row["score"]))

    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<office:document %s office:version="1.3" '
           'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">' % NS,
           '<office:body><office:spreadsheet>']
    for level, rows in levels.items():
        out.append('<table:table table:name=%s>' % quoteattr(level))
        out.append(chart(level, len(rows)))
        out.append('<table:table-column table:number-columns-repeated="2"/>')
        out.append('<table:table-row>%s%s</table:table-row>' % (cell_string("Dimension"), cell_string("Score")))
        for title, score in rows:
            out.append('<table:table-row>%s%s</table:table-row>' % (cell_string(title), cell_float(score)))
        out.append('</table:table>')
    out.append('</office:spreadsheet></office:body></office:document>')

    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
