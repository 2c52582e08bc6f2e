"""The cockpit's centre, below the speaker: what the room needs next.

The free space once stayed empty; it now says what the phase expects to be captured (and
the key that captures it), how the phase is run, and which item comes next.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from app.engine.state import LiveState
from app.i18n import current_language
from app.vocabulary import kind_name
from models import EntryKind
from ui.kit.formatting import duration
from ui.kit.widgets import section


def capture_name(key: str) -> str:
    """'le contrat de consultation', 'Décision'… for a phase's expected capture."""
    if key == "contract":
        return QCoreApplication.translate("Outlook", "le contrat de consultation")
    if key == "action_plan":
        return QCoreApplication.translate("Outlook", "le plan d'action du client")
    try:
        return kind_name(EntryKind(key))
    except ValueError:
        return key


class Outlook(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("outlook")
        self.title = section(QCoreApplication.translate("Outlook", "POUR LA SALLE"))
        self.expected = QLabel()
        self.expected.setWordWrap(True)
        self.guidance = QLabel()
        self.guidance.setObjectName("guidance")
        self.guidance.setWordWrap(True)
        self.upcoming = QLabel()
        self.upcoming.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        for widget in (self.title, self.expected, self.guidance, self.upcoming):
            layout.addWidget(widget)
        layout.addStretch(1)

    def display(self, s: LiveState) -> None:
        language = current_language()
        item = s.current
        phase = item.phase.phase if item is not None and item.phase is not None else None
        expected = ""
        if phase is not None and phase.captures:
            names = ", ".join(capture_name(k) for k in phase.captures)
            expected = QCoreApplication.translate(
                "Outlook", "À capturer dans cette phase (C) : %1"
            ).replace("%1", names)
        _set(self.expected, expected)
        _set(self.guidance, phase.guidance.get(language) if phase is not None else "")
        nxt = s.next_item
        if nxt is not None:
            title = nxt.method.name.get(language) if nxt.confidential else nxt.title
            upcoming = (
                QCoreApplication.translate("Outlook", "Point suivant : %1 · %2")
                .replace("%1", title)
                .replace("%2", duration(nxt.timer.planned))
            )
        elif item is not None:
            upcoming = QCoreApplication.translate(
                "Outlook", "C'est le dernier point de l'ordre du jour."
            )
        else:
            upcoming = ""
        _set(self.upcoming, upcoming)
        self.title.setVisible(bool(expected or upcoming or self.guidance.text()))


def _set(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)
    label.setVisible(bool(text))
