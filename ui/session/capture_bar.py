"""The capture bar: opens in place with a kind chosen; Enter saves, Esc cancels.

No modal dialog hides the room. An action asks for its owner and due date; a term for its
definition; the co-development contract and action plan are texts of the current item.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from app.defaults import default_due_on
from app.vocabulary import KIND_SYMBOLS, kind_name
from models import EntryKind
from ui.kit.formatting import date_edit_format

CONTRACT = "contract"
ACTION_PLAN = "action_plan"


@dataclass(frozen=True)
class CaptureRequest:
    kind: str  # an EntryKind value, or CONTRACT / ACTION_PLAN
    title: str
    body: str
    owner_id: uuid.UUID | None
    due_on: date | None
    confidential: bool


class CaptureBar(QFrame):
    submitted = Signal(object)  # CaptureRequest
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("captureBar")
        self.kind = QComboBox()
        for kind in EntryKind:
            self.kind.addItem(f"{KIND_SYMBOLS[kind]} {kind_name(kind)}", kind.value)
        self.kind.addItem(self.tr("Contrat du client"), CONTRACT)
        self.kind.addItem(self.tr("Plan d'action du client"), ACTION_PLAN)
        self.kind.setAccessibleName(self.tr("Type de capture"))
        self.title = QLineEdit()
        self.title.setObjectName("captureTitle")
        self.body = QLineEdit()
        self.body.setPlaceholderText(self.tr("Détail (facultatif)"))
        self.owner = QComboBox()
        self.owner.setAccessibleName(self.tr("Responsable"))
        self.due_label = QLabel(self.tr("pour le"))
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(date_edit_format())
        self.confidential = QCheckBox(self.tr("Confidentiel"))
        self.save = QPushButton(self.tr("Enregistrer ↵"))
        self.save.setObjectName("primary")
        cancel = QPushButton(self.tr("Annuler (Échap)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(8)
        layout.addWidget(self.kind)
        layout.addWidget(self.title, 3)
        layout.addWidget(self.body, 2)
        layout.addWidget(self.owner)
        layout.addWidget(self.due_label)
        layout.addWidget(self.due)
        layout.addWidget(self.confidential)
        layout.addWidget(self.save)
        layout.addWidget(cancel)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.save.clicked.connect(self.submit)
        cancel.clicked.connect(self.cancel)
        self.texts: dict[str, str] = {}
        self.hide()

    @property
    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def open(
        self,
        kind: str,
        people: Sequence[tuple[uuid.UUID, str]],
        today: date,
        texts: dict[str, str] | None = None,
        confidential: bool = False,
    ) -> None:
        """Show the bar for ``kind``; ``texts`` holds the current contract and action plan."""
        self.texts = dict(texts or {})
        self.owner.clear()
        self.owner.addItem(self.tr("— responsable —"), None)
        for member_id, name in people:
            self.owner.addItem(name, member_id)
        due = default_due_on(today)
        self.due.setDate(QDate(due.year, due.month, due.day))
        self.confidential.setChecked(confidential)
        # In a confidential case every capture stays in the room unless unticked: say so.
        self.confidential.setText(
            self.tr("Confidentiel : reste dans la salle")
            if confidential
            else self.tr("Confidentiel")
        )
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self._kind_changed()
        self.show()
        self.title.setFocus()

    def _kind_changed(self) -> None:
        kind = self.current_kind
        is_action = kind == EntryKind.ACTION.value
        item_text = kind in (CONTRACT, ACTION_PLAN)
        self.owner.setVisible(is_action)
        self.due.setVisible(is_action)
        self.due_label.setVisible(is_action)
        self.body.setVisible(not item_text)
        self.confidential.setVisible(not item_text)
        self.body.setPlaceholderText(
            self.tr("Définition")
            if kind == EntryKind.TERM.value
            else self.tr("Détail (facultatif)")
        )
        placeholder = {
            CONTRACT: self.tr("La question du client, telle que convenue"),
            ACTION_PLAN: self.tr("Ce que le client va faire"),
        }.get(kind, self.tr("Texte de la capture"))
        self.title.setPlaceholderText(placeholder)
        if item_text:
            self.title.setText(self.texts.get(kind, ""))
        elif self.title.text() in self.texts.values():
            self.title.clear()

    def submit(self) -> None:
        kind = self.current_kind
        is_action = kind == EntryKind.ACTION.value
        due = self.due.date()
        self.submitted.emit(
            CaptureRequest(
                kind=kind,
                title=self.title.text(),
                body=self.body.text(),
                owner_id=self.owner.currentData() if is_action else None,
                due_on=date(due.year(), due.month(), due.day()) if is_action else None,
                confidential=self.confidential.isChecked(),
            )
        )

    def clear(self) -> None:
        self.title.clear()
        self.body.clear()
        self.hide()

    def cancel(self) -> None:
        self.clear()
        self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Text fields let Enter and Esc through to here.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)
