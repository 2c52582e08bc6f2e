"""Choosing the case at the start of a session (check-in page).

Members propose cases (title, client, urgency) before or at the start; the group picks one by
a show of hands (+ / − on the selected proposal) or the facilitator simply chooses; the chosen
case fills the session's co-development item and its client; the others wait for the next
session. This list is on the facilitator's screen (a title often names the client).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.cases import CODEV, Proposal
from app.engine.session import SessionEngine
from app.workspace import Workspace
from ui.kit.table import Column, RowsModel, table_view
from ui.kit.widgets import FAILED, muted, section
from ui.shell.command_runner import command_runner


class CaseChoice(QWidget):
    message = Signal(str, bool)  # text, error
    chosen = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = command_runner(workspace)
        self.engine: SessionEngine | None = None
        self.network_id: uuid.UUID | None = None
        urgency = {1: self.tr("peut attendre"), 2: self.tr("bientôt"), 3: self.tr("urgent")}
        self.proposals: RowsModel[Proposal] = RowsModel(
            [
                Column(self.tr("Cas proposé"), lambda p: p.title),
                Column(self.tr("Client"), lambda p: p.client or "—"),
                Column(self.tr("Urgence"), lambda p: urgency.get(p.urgency, "")),
                Column(
                    self.tr("Voix"),
                    lambda p: str(p.votes),
                    align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
            ]
        )
        self.view = table_view(self.proposals, self.tr("Cas proposés"), stretch=0)
        self.view.setMaximumHeight(150)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Un cas à proposer (titre)"))
        self.client = QComboBox()
        self.client.setAccessibleName(self.tr("Client"))
        self.urgency = QComboBox()
        for level, text in urgency.items():
            self.urgency.addItem(text, level)
        self.urgency.setCurrentIndex(1)
        propose = QPushButton(self.tr("Proposer"))
        propose.clicked.connect(self.propose)
        self.title.returnPressed.connect(self.propose)
        add = QHBoxLayout()
        add.addWidget(self.title, 3)
        add.addWidget(self.client, 2)
        add.addWidget(self.urgency, 1)
        add.addWidget(propose)
        more = QPushButton(self.tr("+1 voix  [+]"))
        more.clicked.connect(lambda: self.vote(1))
        less = QPushButton(self.tr("−1  [−]"))
        less.clicked.connect(lambda: self.vote(-1))
        self.choose_button = QPushButton(self.tr("Choisir ce cas  [Ctrl+K]"))
        self.choose_button.clicked.connect(self.choose)
        buttons = QHBoxLayout()
        buttons.addWidget(more)
        buttons.addWidget(less)
        buttons.addStretch(1)
        buttons.addWidget(self.choose_button)
        self.hint = muted()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(section(self.tr("CAS PROPOSÉS POUR LE CODÉVELOPPEMENT")))
        layout.addWidget(self.view)
        layout.addWidget(self.hint)
        layout.addLayout(add)
        layout.addLayout(buttons)
        for key, slot in (
            ("+", lambda: self.vote(1)),
            ("-", lambda: self.vote(-1)),
        ):
            shortcut = QShortcut(QKeySequence(key), self.view, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Ctrl+K"), self, self.choose).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )

    def open(self, engine: SessionEngine) -> None:
        self.engine = engine
        self.network_id = engine.facts.meeting.network_id
        self.client.clear()
        self.client.addItem(self.tr("— client —"), None)
        for member_id, name in sorted(engine.facts.names.items(), key=lambda kv: kv[1]):
            self.client.addItem(name, member_id)
        self.refresh()

    def refresh(self) -> None:
        if self.network_id is None:
            return
        rows = self.workspace.proposals(self.network_id)
        self.proposals.set_rows(rows)
        item = self._case_item()
        self.choose_button.setEnabled(item is not None and bool(rows))
        if item is None:
            self.hint.setText(self.tr("Pas de point de codéveloppement à cette séance."))
        elif not rows:
            self.hint.setText(self.tr("Aucun cas en attente : proposez-en un ci-dessous."))
        else:
            self.hint.setText(
                self.tr("Le cas choisi devient le point « %1 », avec son client.").replace(
                    "%1", item[1]
                )
            )

    def _case_item(self) -> tuple[uuid.UUID, str] | None:
        """The session's first co-development item not started yet."""
        if self.engine is None:
            return None
        for item in self.engine.facts.items:
            if item.method_key == CODEV and item.started_at is None and not item.skipped:
                return item.id, item.title
        return None

    def _refused(self, reason: str) -> None:
        self.message.emit(reason, True)

    def _selected(self) -> Proposal | None:
        rows = self.view.selectionModel().selectedRows()
        return self.proposals.row(rows[0].row()) if rows else None

    def propose(self) -> None:
        if self.network_id is None:
            return
        network_id = self.network_id
        title, client, urgency = (
            self.title.text(),
            self.client.currentData(),
            int(self.urgency.currentData()),
        )
        proposed = self.runner.run(
            lambda: self.workspace.propose_case(network_id, title, client, urgency), self._refused
        )
        if proposed is FAILED:
            return
        self.title.clear()
        self.client.setCurrentIndex(0)
        self.refresh()

    def vote(self, delta: int) -> None:
        proposal = self._selected()
        if proposal is None:
            self.message.emit(self.tr("Choisissez d'abord un cas proposé."), True)
            return
        votes = max(0, proposal.votes + delta)
        if (
            self.runner.run(
                lambda: self.workspace.set_case_votes(proposal.id, votes), self._refused
            )
            is FAILED
        ):
            return
        self.refresh()
        for row in range(self.proposals.rowCount()):
            if self.proposals.row(row).id == proposal.id:
                self.view.selectRow(row)

    def choose(self) -> None:
        proposal, item = self._selected(), self._case_item()
        if proposal is None:
            self.message.emit(self.tr("Choisissez d'abord un cas proposé."), True)
            return
        if item is None or self.engine is None:
            self.message.emit(
                self.tr("Pas de point de codéveloppement à cette séance : ajoutez-en un (F2)."),
                True,
            )
            return
        engine, item_id = self.engine, item[0]
        chosen = self.runner.run(
            lambda: self.workspace.choose_case(engine, proposal, item_id), self._refused
        )
        if chosen is FAILED:
            return
        self.message.emit(
            self.tr("Cas choisi : %1. Les autres attendent la prochaine séance.").replace(
                "%1", proposal.title
            ),
            False,
        )
        self.refresh()
        self.chosen.emit()
