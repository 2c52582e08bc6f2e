"""The window's typography in its language: a session's number and a quotation.

The words for the core's values (kinds, roles, circles, statuses, commands…) are not here:
they are the core's one vocabulary, ``app.vocabulary``, shared with the documents.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def session_number(number: int) -> str:
    """'n° 3' in French, 'no. 3' in English."""
    return QCoreApplication.translate("Words", "n° %1").replace("%1", str(number))


def quoted(text: str) -> str:
    """« text » in French, “text” in English."""
    return QCoreApplication.translate("Words", "« %1 »").replace("%1", text)
