"""The Lean Coffee board inside the cockpit: topics, dot votes, discussion, roman vote."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.engine.session import SessionEngine
from app.engine.state import LiveState, TopicState
from ui.kit.formatting import duration
from ui.kit.table import Column, RowsModel, table_view
from ui.kit.widgets import FAILED, Banner, Failed, section

T = TypeVar("T")


class LiveRoom(Protocol):
    """What the board needs of the cockpit (no import of it: no cycle)."""

    banner: Banner

    def do(self, command: Callable[[], T]) -> T | Failed: ...

    def live(self) -> SessionEngine: ...


class LeanBoard(QWidget):
    def __init__(self, cockpit: LiveRoom) -> None:
        super().__init__()
        self.cockpit = cockpit
        self.topics: RowsModel[TopicState] = RowsModel(
            [
                Column(
                    self.tr("Votes"), lambda t: f"● {t.votes}", align=Qt.AlignmentFlag.AlignCenter
                ),
                Column(
                    self.tr("Sujet"), lambda t: t.title, bold=lambda t: t.status == "discussing"
                ),
                Column(self.tr("État"), self._status),
            ]
        )
        self.view = table_view(self.topics, self.tr("Tableau Lean Coffee"), stretch=1)
        self.proposal = QLineEdit()
        self.proposal.setPlaceholderText(self.tr("Nouveau sujet… (Entrée)"))
        self.proposal.returnPressed.connect(self._propose)
        self.voter = QComboBox()
        self.voter.setAccessibleName(self.tr("Votant"))
        vote = QPushButton(self.tr("+1 vote"))
        vote.clicked.connect(self._vote)
        unvote = QPushButton(self.tr("−1 vote"))
        unvote.clicked.connect(self._unvote)
        discuss = QPushButton(self.tr("Discuter le suivant"))
        discuss.clicked.connect(lambda: self.cockpit.do(self.cockpit.live().lean_discuss))
        finish = QPushButton(self.tr("Sujet traité"))
        finish.clicked.connect(lambda: self.cockpit.do(self.cockpit.live().lean_finish_topic))
        self.up, self.sideways, self.down = QSpinBox(), QSpinBox(), QSpinBox()
        for box, arrow, label in (
            (self.up, "↑", self.tr("pour")),
            (self.sideways, "→", self.tr("neutre")),
            (self.down, "↓", self.tr("contre")),
        ):
            box.setRange(0, 99)
            box.setPrefix(arrow + " ")  # thumbs up, sideways, down
            box.setToolTip(label)
            box.setAccessibleName(label)
        roman = QPushButton(self.tr("Vote romain"))
        roman.setToolTip(self.tr("À la fin du temps : pour, neutre, contre"))
        roman.clicked.connect(self._roman)
        for button in (vote, unvote, discuss, finish, roman):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.addWidget(section(self.tr("TABLEAU LEAN COFFEE")), 0, 0, 1, 6)
        grid.addWidget(self.view, 1, 0, 1, 6)
        grid.addWidget(self.proposal, 2, 0, 1, 3)
        grid.addWidget(self.voter, 2, 3)
        grid.addWidget(vote, 2, 4)
        grid.addWidget(unvote, 2, 5)
        grid.addWidget(discuss, 3, 0)
        grid.addWidget(finish, 3, 1)
        grid.addWidget(self.up, 3, 2)
        grid.addWidget(self.sideways, 3, 3)
        grid.addWidget(self.down, 3, 4)
        grid.addWidget(roman, 3, 5)
        self.view.setMinimumHeight(70)
        self.voter.setMinimumContentsLength(10)

    def _status(self, t: TopicState) -> str:
        if t.status == "discussing" and t.timer is not None:
            return self.tr("▶ en discussion · %1").replace("%1", duration(t.timer.remaining))
        if t.status == "discussed":
            return self.tr("✓ traité")
        return self.tr("à discuter")

    def display(self, s: LiveState) -> None:
        self.topics.set_rows(s.topics)
        people = [(p.member_id, p.name) for p in s.participants]
        if [self.voter.itemData(i) for i in range(self.voter.count())] != [m for m, _ in people]:
            self.voter.clear()
            for member_id, name in people:
                self.voter.addItem(name, member_id)

    def _selected(self) -> TopicState | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            self.cockpit.banner.show_message(self.tr("Choisissez d'abord un sujet du tableau."))
            return None
        return self.topics.row(rows[0].row())

    def _propose(self) -> None:
        title = self.proposal.text()
        if self.cockpit.do(lambda: self.cockpit.live().lean_propose(title)) is not FAILED:
            self.proposal.clear()

    def _vote(self) -> None:
        topic, voter = self._selected(), self.voter.currentData()
        if topic is not None and voter is not None:
            self.cockpit.do(lambda: self.cockpit.live().lean_vote(topic.id, voter))

    def _unvote(self) -> None:
        topic, voter = self._selected(), self.voter.currentData()
        if topic is not None and voter is not None:
            self.cockpit.do(lambda: self.cockpit.live().lean_unvote(topic.id, voter))

    def _roman(self) -> None:
        votes = (self.up.value(), self.sideways.value(), self.down.value())
        extended = self.cockpit.do(lambda: self.cockpit.live().lean_roman_vote(*votes))
        if extended is True:
            self.cockpit.banner.show_message(self.tr("Le sujet est prolongé."))
        elif extended is False:
            self.cockpit.banner.show_message(self.tr("Sujet traité : au suivant."))
        for box in (self.up, self.sideways, self.down):
            box.setValue(0)
