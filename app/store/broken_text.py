"""Text a database driver cannot take becomes a sentence, on every backend."""

from __future__ import annotations

from typing import Any


def explain(context: Any) -> None:
    """Text that SQLite cannot take (half of a character, from a malformed paste) becomes a
    sentence rather than a UnicodeEncodeError, wherever it was typed."""
    if isinstance(context.original_exception, UnicodeEncodeError):
        from app.text import BrokenTextError, broken_text_in

        sample = broken_text_in(context.parameters)
        if sample is not None:
            raise BrokenTextError(sample) from context.original_exception
