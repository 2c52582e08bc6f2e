"""Data files shipped with Cercle: method definitions, translations, fonts, icons."""

from pathlib import Path

FOLDER = Path(__file__).parent
"""Where these files are. The source tree, the wheel and the frozen bundle all lay them out
on disk beside this module. The window's first frame finds its icon and translations here:
``importlib.resources``, which the rest of Cercle uses, costs that frame ~4 ms to load."""
