"""The dataset report: one self-contained HTML file per run (`<output>/report/index.html`).

build.py      the tables -> plain data (counts, rankings, the network's layout, the evidence rows); pandas only
render.py     that data -> Vega-Lite charts (Altair), the page (Jinja2, template.html.j2), a PNG thumbnail
              (vl-convert); the Vega, Vega-Lite and vega-embed scripts are inlined from vl-convert's bundle

The Dagster asset (pipeline/defs/report.py) reads the tables, calls these and writes the file.
"""
