"""Translation of the core's own words (errors, minutes, command line).

French is the source language: a string missing from a catalogue still reads in the users'
first language. The English catalogue is ``resources/translations/core_en.json``
(French text → English text). The windows use Qt's ``tr()`` with their own ``.ts`` files.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

SUPPORTED = ("fr", "en")
_language = "fr"


def set_language(language: str) -> None:
    """Choose the language of the core's messages ("fr" or "en")."""
    global _language
    if language not in SUPPORTED:
        raise ValueError(f"unsupported language {language!r}: choose among {SUPPORTED}")
    _language = language


def current_language() -> str:
    """The language of the core's messages now ("fr" or "en")."""
    return _language


@cache
def _catalogue(language: str) -> dict[str, str]:
    if language == "fr":
        return {}
    import json  # only for English: not on the first frame of a French window

    from resources import FOLDER

    path = FOLDER / "translations" / f"core_{language}.json"
    data: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _(text: str) -> str:
    """The current language's version of ``text`` (the French source when none)."""
    return _catalogue(_language).get(text, text)


def n_(singular: str, plural: str, count: int) -> str:
    """The form of ``singular``/``plural`` for ``count`` in the current language, with
    ``{n}`` replaced by the count: "1 erreur", "2 erreurs", "0 erreur" (French: 0 and 1
    are singular) — "1 error", "0 errors" (English: only 1 is singular). The catalogue
    holds each French form → its English form."""
    if _language == "fr":
        text = singular if count <= 1 else plural
    else:
        source = singular if count == 1 else plural
        text = _catalogue(_language).get(source, source)
    return text.replace("{n}", str(count))


def translator(language: str) -> Callable[[str], str]:
    """A ``_`` for one language, whatever the current one (documents in a chosen language)."""
    if language not in SUPPORTED:
        raise ValueError(f"unsupported language {language!r}: choose among {SUPPORTED}")
    catalogue = _catalogue(language)
    return lambda text: catalogue.get(text, text)


def decimal(value: float, language: str, places: int = 2) -> str:
    """'0,35' in French, '0.35' in English (documents written in a chosen language)."""
    written = f"{value:.{places}f}"
    return written if language == "en" else written.replace(".", ",")
