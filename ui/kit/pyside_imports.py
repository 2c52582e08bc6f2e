"""Imports after PySide6 without reading every module's source again.

PySide6 replaces ``__import__`` to support ``from __feature__ import snake_case``: after each
import it asks whether the module uses PySide by reading the module's whole source file
(``inspect.getsource``, kept in ``linecache``). Cercle never selects a feature, yet at start
this read the source of ~100 modules before the first frame and ~370 more (SQLAlchemy, the
core) while the core loads — about 60 ms of the core's load, and their text kept in memory.

The answer only chooses between "no feature" (0) and "ignore this module" (-1); with no
feature selected anywhere both behave the same. So the question is answered from the
module's name: our windows and PySide6's own modules use PySide, nothing else needs asking.
"""

from __future__ import annotations

import sys
from types import ModuleType

# Where PySide6 keeps the check (shiboken's embedded ``shibokensupport.feature``).
_FEATURE_MODULE = "shibokensupport.feature"
_USES_PYSIDE = ("ui.", "PySide6")


def _uses_pyside(module: ModuleType) -> bool:
    return str(getattr(module, "__name__", "")).startswith(_USES_PYSIDE)


def stop_reading_sources() -> bool:
    """Answer PySide6's per-import question from the module's name; True when it applied
    (False on a PySide6 without this check: nothing to do there)."""
    feature = sys.modules.get(_FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]
    return True
