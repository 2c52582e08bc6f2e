"""The export's refusals, importable without loading reportlab."""

from __future__ import annotations


class ExportError(Exception):
    """A document cannot be written where asked; the message says why, in words."""
