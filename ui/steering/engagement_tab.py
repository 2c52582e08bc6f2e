"""Who is engaged in the network: each member's circle (computed, or fixed by the
facilitator), attendance over three and six sessions, trend and contributions."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.steering import MemberHealth
from app.vocabulary import circle_name
from app.workspace import Workspace
from models import Circle
from ui.kit.table import Column, RowsModel, table_view
from ui.kit.widgets import FAILED, Banner, muted
from ui.shell.command_runner import CommandRunner


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)} %"


def _trend(value: float | None) -> str:
    if value is None:
        return ""
    if value > 0.01:
        return "↗"
    if value < -0.01:
        return "↘"
    return "→"


class EngagementTab(QWidget):
    def __init__(
        self,
        workspace: Workspace,
        runner: CommandRunner,
        banner: Banner,
        network_id: Callable[[], uuid.UUID | None],
        refresh: Callable[[], object],
    ) -> None:
        super().__init__()
        self.workspace, self.runner, self.banner = workspace, runner, banner
        self.network_id, self.refresh = network_id, refresh
        self.members: RowsModel[MemberHealth] = RowsModel(
            [
                Column(self.tr("Membre"), lambda m: m.name),
                Column(
                    self.tr("Cercle"),
                    lambda m: circle_name(m.circle) + (" ✎" if m.overridden else ""),
                    bold=lambda m: m.circle is Circle.CORE,
                ),
                Column(self.tr("Présence 3"), lambda m: _percent(m.attendance3)),
                Column(self.tr("Présence 6"), lambda m: _percent(m.attendance6)),
                Column(self.tr("Tendance"), lambda m: _trend(m.trend)),
                Column(self.tr("Cas apportés"), lambda m: str(m.contribution.cases)),
                Column(self.tr("Captures"), lambda m: str(m.contribution.captures)),
                Column(self.tr("Actions menées"), lambda m: str(m.contribution.actions_closed)),
                Column(self.tr("Déjà client"), lambda m: "✓" if m.been_client else "—"),
            ]
        )
        self.members_view = table_view(self.members, self.tr("Membres"), stretch=0)
        self.circle_choice = QComboBox()
        self.circle_choice.addItem(self.tr("calculé"), None)
        for circle in Circle:
            self.circle_choice.addItem(circle_name(circle), circle)
        set_circle = QPushButton(self.tr("Fixer le cercle"))
        set_circle.clicked.connect(self.set_circle)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Cercle du membre choisi :")))
        bar.addWidget(self.circle_choice)
        bar.addWidget(set_circle)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(
                self.tr(
                    "Cercles calculés sur les 6 dernières séances : noyau = présent à 80 % et au "
                    "moins deux contributions ; actif = présent à 50 % ; occasionnel = venu au "
                    "moins une fois. ✎ : fixé par l'animateur."
                )
            )
        )
        layout.addWidget(self.members_view, 1)
        layout.addLayout(bar)

    def set_circle(self) -> None:
        rows = self.members_view.selectionModel().selectedRows()
        network_id = self.network_id()
        if not rows or network_id is None:
            self.banner.show_message(self.tr("Choisissez d'abord un membre."))
            return
        member = self.members.row(rows[0].row())
        circle = self.circle_choice.currentData()
        command = self.workspace.set_circle
        if self.runner.run(lambda: command(network_id, member.id, circle), self.banner) is FAILED:
            return
        self.refresh()
