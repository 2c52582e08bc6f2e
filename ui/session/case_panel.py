"""The co-development case at hand, on the facilitator's screen (never the projector).

Its contract and action plan stay in sight once captured (not only in a banner); at the
end of a confidential case, what the client agrees to share with the group is asked here —
one checkbox per part; at a report-back, the previous case's contract and plan are shown to
the facilitator.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.cases import CODEV, REPORT_BACK, CaseRecord
from app.confidentiality import Part, Reader
from app.engine.facts import ItemFact
from app.engine.state import ItemState
from app.workspace import Workspace
from ui.kit.formatting import local_date
from ui.kit.widgets import muted, section


class CasePanel(QFrame):
    """Contract, plan, consent and the previous case: what the facilitator keeps in view."""

    consent_changed = Signal(object, list)  # item id, [Part]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casePanel")
        self.item_id: uuid.UUID | None = None
        self.title = section(self.tr("LE CAS"))
        self.contract = _wrapped()
        self.plan = _wrapped()
        self.previous = _wrapped(lines=6)
        self.previous.setObjectName("previousCase")
        self.ask = muted()
        self.boxes = {
            Part.LEARNINGS: QCheckBox(self.tr("apprentissages")),
            Part.CONTRACT: QCheckBox(self.tr("contrat")),
            Part.ACTION_PLAN: QCheckBox(self.tr("plan d'action")),
        }
        boxes = QHBoxLayout()
        boxes.setContentsMargins(0, 0, 0, 0)
        for box in self.boxes.values():
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the cockpit
            box.toggled.connect(self._toggled)
            boxes.addWidget(box)
        boxes.addStretch(1)
        self.consent = QWidget()
        self.consent.setLayout(boxes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.previous)
        layout.addWidget(self.contract)
        layout.addWidget(self.plan)
        layout.addWidget(self.ask)
        layout.addWidget(self.consent)
        self.hide()

    def display(
        self, item: ItemState | None, fact: ItemFact | None, previous: CaseRecord | None
    ) -> None:
        if item is None or fact is None or item.method.key != CODEV:
            self.item_id = None
            self.hide()
            return
        self.item_id = item.id
        phase = item.phase
        key = phase.phase.key if phase else ""
        reporting = key == REPORT_BACK and previous is not None
        self.previous.setVisible(reporting)
        if reporting and previous is not None:
            _set(self.previous, self._previous_text(previous))
        # At the report-back the previous case is the one at hand: this one comes next.
        self.contract.setVisible(not reporting)
        self.plan.setVisible(not reporting)
        none = self.tr("pas encore (touche C)")
        _set(self.contract, self.tr("Contrat : %1").replace("%1", fact.contract or none))
        _set(self.plan, self.tr("Plan d'action : %1").replace("%1", fact.action_plan or none))
        last = phase is not None and phase.number == phase.count
        asking = item.confidential and not reporting
        self.ask.setVisible(asking)
        self.consent.setVisible(asking)
        if asking:
            _set(
                self.ask,
                self.tr("Fin du cas : que le client partage-t-il avec le groupe ?")
                if last
                else self.tr("Cas confidentiel. Le client partage avec le groupe :"),
            )
            chosen = set(fact.consent)
            for part, box in self.boxes.items():
                if box.isChecked() != (part.value in chosen):
                    box.blockSignals(True)
                    box.setChecked(part.value in chosen)
                    box.blockSignals(False)
        self.show()

    def _toggled(self) -> None:
        if self.item_id is not None:
            parts = [part for part, box in self.boxes.items() if box.isChecked()]
            self.consent_changed.emit(self.item_id, parts)

    def _previous_text(self, case: CaseRecord) -> str:
        # self.tr, in this class: lupdate files the strings under "CasePanel", where tr looks
        none = self.tr("—")
        lines = [
            self.tr("Retour sur le cas de la séance %1 (%2)")
            .replace("%1", str(case.session))
            .replace("%2", local_date(case.exposed_on)),
            self.tr("Contrat : %1").replace("%1", case.contract or none),
            self.tr("Plan d'action : %1").replace("%1", case.action_plan or none),
        ]
        open_actions = [title for title, status in case.actions if status == "open"]
        if open_actions:
            lines.append(self.tr("Actions ouvertes : %1").replace("%1", " · ".join(open_actions)))
        earlier = case.report_backs[:-1]  # the last one is the report-back running now
        if earlier:
            sessions = ", ".join(str(b.session) for b in earlier)
            lines.append(self.tr("Déjà un retour en séance %1").replace("%1", sessions))
        return "\n".join(lines)


def _wrapped(lines: int = 3) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # a few lines at most: the captures list keeps its room (the tooltip has it all)
    label.setMaximumHeight(label.fontMetrics().lineSpacing() * lines + 2)
    return label


def _set(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)
        label.setToolTip(text)


class CaseFollower:
    """The case the running item reports on, read once per case: in full for the
    facilitator's panel, and as the room may read it (only what the client agreed to share)
    for the projector."""

    def __init__(self, workspace: Workspace, panel: CasePanel) -> None:
        self.workspace = workspace
        self.panel = panel
        self.previous: CaseRecord | None = None
        self.room_case: CaseRecord | None = None  # what the projector shows, or None
        self._room_record: CaseRecord | None = None
        self._room_case_for: object = None

    def forget(self) -> None:
        self.previous = self.room_case = self._room_record = self._room_case_for = None

    def display(self, current: ItemState | None, fact: ItemFact | None) -> None:
        previous = None
        if fact is not None and fact.reports_on_id is not None:
            if self.previous is None or self.previous.item_id != fact.reports_on_id:
                self.previous = self.workspace.case_record(fact.reports_on_id)
            previous = self.previous
        self.panel.display(current, fact, previous)
        room = None
        if previous is not None and fact is not None and fact.reports_on_id is not None:
            if self._room_case_for != fact.reports_on_id:
                self._room_case_for = fact.reports_on_id
                self._room_record = self.workspace.case_record(fact.reports_on_id, Reader.ROOM)
            room = self._room_record
        self.room_case = room
