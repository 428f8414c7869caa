"""News event-extraction pipeline: raw articles -> documents, sentences, dates, actors, quotes, events.

Read first: README.md (architecture), pipeline/versioning.py (what invalidates what), pipeline/config.py
(every threshold), pipeline/stages/annotate.py (the per-document pass), pipeline/defs/assets.py (the graph).
"""
