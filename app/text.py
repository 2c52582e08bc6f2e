"""Text folding shared by sorting, term uniqueness and search."""

from __future__ import annotations

import re
import unicodedata

from app.engine.errors import EngineError
from app.i18n import _


def fold(text: str) -> str:
    """Case and accents removed, spaces collapsed: "  Réseau  QUALITÉ" → "reseau qualite"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.split())


_HALF_CHARACTER = re.compile(r"[\ud800-\udfff]")


class BrokenTextError(EngineError):
    """Text holding half of a character (a lone surrogate, left by a malformed paste): it
    cannot be stored; nothing was written."""

    def __init__(self, sample: str) -> None:
        super().__init__(
            _(
                "Le texte « {sample} » contient un caractère abîmé (souvent laissé par un "
                "copier-coller) : retapez-le ; rien n'a été enregistré."
            ).format(sample=sample)
        )


def broken_text_in(values: object) -> str | None:
    """The first text among ``values`` (statement parameters) holding half a character,
    shown with the damaged character marked; None when all is whole."""
    stack = [values]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            found = _HALF_CHARACTER.search(value)
            if found:
                start = max(found.start() - 30, 0)
                return _HALF_CHARACTER.sub("\ufffd", value[start : found.start() + 30])
        elif isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list | tuple):
            stack.extend(value)
    return None


def whole_characters(text: str) -> str:
    """``text`` without halves of characters (for what is searched, never for what is
    stored: a search field just ignores them)."""
    return _HALF_CHARACTER.sub("", text)
