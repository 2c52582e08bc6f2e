"""The actions to follow, across networks: by owner, late ones only, closed ones too; mark
one done, dropped or open again."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.repertoire_actions import ActionView
from app.vocabulary import action_status_name
from app.workspace import Workspace
from models import ActionStatus
from ui.kit.table import Column, RowsModel, action_columns, table_view
from ui.kit.widgets import FAILED, Banner
from ui.kit.words import session_number
from ui.shell.command_runner import CommandRunner


class ActionsTab(QWidget):
    def __init__(self, workspace: Workspace, runner: CommandRunner, banner: Banner) -> None:
        super().__init__()
        self.workspace, self.runner, self.banner = workspace, runner, banner
        self.owner = QComboBox()
        self.overdue_only = QCheckBox(self.tr("En retard seulement"))
        self.closed_too = QCheckBox(self.tr("Y compris les actions closes"))
        self.rows: RowsModel[ActionView] = RowsModel(
            [
                *action_columns(),
                Column(self.tr("Statut"), lambda a: action_status_name(a.status)),
                Column(
                    self.tr("Origine"),
                    lambda a: a.network + (" · " + session_number(a.session) if a.session else ""),
                ),
            ]
        )
        self.view = table_view(self.rows, self.tr("Actions"), stretch=1)
        done = QPushButton(self.tr("Faite"))
        done.clicked.connect(lambda: self.close_action(ActionStatus.DONE))
        dropped = QPushButton(self.tr("Abandonnée"))
        dropped.clicked.connect(lambda: self.close_action(ActionStatus.DROPPED))
        reopen = QPushButton(self.tr("Rouvrir"))
        reopen.clicked.connect(lambda: self.close_action(ActionStatus.OPEN))
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Responsable :")))
        filters.addWidget(self.owner)
        filters.addWidget(self.overdue_only)
        filters.addWidget(self.closed_too)
        filters.addStretch(1)
        for button in (done, dropped, reopen):
            filters.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        self.owner.currentIndexChanged.connect(self.refresh)
        self.overdue_only.toggled.connect(self.refresh)
        self.closed_too.toggled.connect(self.refresh)

    def set_owners(self, networks: Sequence[tuple[uuid.UUID, str]]) -> None:
        """Everyone who may own an action in these networks, once each."""
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("Tout le monde"), None)
        seen = set()
        for nid, _name in networks:
            for member in self.workspace.members(nid):
                if member.id not in seen:
                    seen.add(member.id)
                    self.owner.addItem(member.name, member.id)
        self.owner.blockSignals(False)

    def refresh(self) -> None:
        self.rows.set_rows(
            self.workspace.actions(
                owner_id=self.owner.currentData(),
                overdue_only=self.overdue_only.isChecked(),
                open_only=not self.closed_too.isChecked(),
            )
        )

    def close_action(self, status: ActionStatus) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            self.banner.show_message(self.tr("Choisissez d'abord une action."))
            return
        entry_id = self.rows.row(rows[0].row()).id
        command = self.workspace.set_action_status
        if self.runner.run(lambda: command(entry_id, status), self.banner) is not FAILED:
            self.refresh()
