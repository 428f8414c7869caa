"""Readers of gold and research formats, one module per format; they only read (scoring is in `evaluation`).

gold      the project's gold file (shared/gold/seeds.gold.json)
plover    PLOVER gold standard records (PLOVER-GSR JSON, one sentence each)
basil     articles with gold same-story groups (BASIL's JSON Lines)
timeml    TimeML .tml files (TempEval-3) and MEANTIME CAT XML
polnear   PolNeAR brat standoff attributions
"""
