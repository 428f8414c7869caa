"""Evaluation and benchmarks of the pipeline, kept out of the runtime package `pipeline`.

Nothing here is imported by the pipeline at run time, so none of it is part of any table's version: changing a
scorer, a benchmark or a reader rebuilds nothing. `python -m pipeline eval` and `python -m pipeline bench` call in.

evaluate  `Score`; scoring an output directory against the project's gold file (`score_gold`), the event coder
          on PLOVER gold standard sentences (`score_plover`), story grouping on BASIL (`score_stories`)
timeml    TempEval-3 Task A scoring of the dates stage on TimeML and MEANTIME texts (`score_documents`)
polnear   quote and speaker scoring of the quotes stage on PolNeAR articles (`score_articles`)
bench     speed and memory figures (as ratios) of whole runs on the public corpora (`bench`)
readers/  readers of the gold and research formats: the gold file, PLOVER records, BASIL, TimeML and
          MEANTIME, PolNeAR
"""
