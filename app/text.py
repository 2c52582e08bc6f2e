"""Text folding shared by sorting, term uniqueness and search."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Case and accents removed, spaces collapsed: "  Réseau  QUALITÉ" → "reseau qualite"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.split())
