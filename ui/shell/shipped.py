"""Cercle's own files that the window's first frame needs (the icon, the translations),
found without importing the dialogs that show them (see ``resources.FOLDER``)."""

from __future__ import annotations

from pathlib import Path

from resources import FOLDER


def window_icon_path() -> Path:
    """Cercle's icon (256 px), shipped as package data like every other resource."""
    return FOLDER / "icons" / "cercle.png"


def translation_path(name: str) -> Path:
    """A compiled translation of the window's words (``cercle_en.qm``…)."""
    return FOLDER / "translations" / name
