"""Which titles a captured screen does not show in visual order.

Usage: bidi_order.py SCREEN.txt TITLES.json
Reads the screen as tmux captured it and a JSON list of logical titles; prints a JSON list of
those whose visual order (python-bidi, an implementation of UAX #9 independent of FriBidi)
is not on the screen once the screen is in Unicode NFKC form (presentation forms back to
letters).
"""
import json
import sys
import unicodedata

from bidi.algorithm import get_display

screen = unicodedata.normalize("NFKC", open(sys.argv[1], encoding="utf-8").read())
titles = json.load(open(sys.argv[2], encoding="utf-8"))
missing = [t for t in titles if get_display(t) not in screen]
print(json.dumps(missing, ensure_ascii=False))
