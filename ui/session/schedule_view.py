"""The cockpit's schedule: ahead or behind the agenda, the planned and estimated ends, and
the ways to end within the slot when the estimate runs past it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QWidget

from app.engine.state import ItemStatus, LiveState
from app.engine.timeline import fit_proposals
from ui.kit.controls import schedule_text
from ui.kit.formatting import local_time
from ui.kit.widgets import muted

# (new planned minutes by item, items dropped): what accepting a proposal applies.
ApplyFit = Callable[[dict[uuid.UUID, int], tuple[uuid.UUID, ...]], object]


class ScheduleView(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.line = QLabel()
        self.line.setObjectName("schedule")
        self.fit_button = QPushButton(self.tr("Ajuster la suite…"))
        self.planned_end = muted()
        self.estimated_end = muted()

    def display(self, s: LiveState) -> None:
        text, behind = schedule_text(s)
        self.line.setText(text)
        if self.line.property("behind") != behind:
            self.line.setProperty("behind", behind)
            self.line.style().unpolish(self.line)
            self.line.style().polish(self.line)
        self.fit_button.setVisible(s.schedule.over_slot > 60 and s.next_item is not None)
        # The planned end is the agenda's; the slot's own end when the agenda is shorter.
        planned = self.tr("Fin prévue %1").replace("%1", local_time(s.schedule.agenda_end))
        if s.schedule.agenda_end < s.schedule.planned_end:
            planned += " " + self.tr("(créneau jusqu'à %1)").replace(
                "%1", local_time(s.schedule.planned_end)
            )
        self.planned_end.setText(planned)
        self.estimated_end.setText(
            self.tr("Fin estimée %1").replace("%1", local_time(s.schedule.estimated_end))
        )

    def offer_fit(self, s: LiveState, apply: ApplyFit) -> None:
        """A menu of ways to absorb what runs past the slot: shrink the rest, or drop items."""
        pending = [
            (i.id, round(i.timer.planned / 60)) for i in s.items if i.status is ItemStatus.PENDING
        ]
        titles = {i.id: i.title for i in s.items}
        menu = QMenu(self.parent_widget)
        for proposal in fit_proposals(pending, s.schedule.over_slot):
            gain = round(proposal.saves_seconds / 60)
            if proposal.kind == "shrink":
                label = self.tr("Raccourcir les points restants (gagne %1 min)")
            else:
                dropped = ", ".join(titles[d] for d in proposal.dropped)
                label = self.tr("Retirer : %2 (gagne %1 min)").replace("%2", dropped)
            menu.addAction(
                label.replace("%1", str(gain)), partial(apply, proposal.minutes, proposal.dropped)
            )
        menu.popup(self.fit_button.mapToGlobal(self.fit_button.rect().bottomLeft()))
