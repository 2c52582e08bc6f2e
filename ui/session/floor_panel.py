"""The cockpit's centre: the item, its phase and rule, the timer, who has the floor, the tour
of the table; the lean coffee board or what comes next fills the rest."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout

from app.engine.state import ItemStatus, LiveState
from app.i18n import current_language
from models import MeetingStatus
from ui.kit.formatting import duration
from ui.kit.widgets import TimerDisplay, muted
from ui.kit.words import quoted
from ui.session.lean_board import LeanBoard
from ui.session.live_room import LiveRoom
from ui.session.outlook import Outlook


class FloorPanel(QObject):
    def __init__(self, room: LiveRoom, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.item_title = QLabel()
        self.item_title.setObjectName("itemTitle")
        self.item_title.setWordWrap(True)
        self.phase_label = QLabel()
        self.phase_label.setObjectName("phase")
        self.rule = QLabel()
        self.rule.setObjectName("rule")
        self.rule.setWordWrap(True)
        self.input = muted()
        self.timer = TimerDisplay(40)
        self.next_phase_label = muted()
        self.speaker = QLabel()
        self.speaker.setObjectName("speaker")
        self.speaker.setWordWrap(True)
        self.speaker_warning = QLabel()
        self.speaker_warning.setObjectName("warning")
        self.speaker_warning.setWordWrap(True)
        self.tour_label = muted()
        self.board = LeanBoard(room)
        self.outlook = Outlook()
        self.column = QVBoxLayout()
        self.column.setSpacing(6)
        self.column.addWidget(self.item_title)
        self.column.addWidget(self.phase_label)
        self.column.addWidget(self.rule)
        self.column.addWidget(self.input)
        self.column.addSpacing(6)
        self.column.addWidget(self.timer)
        self.column.addWidget(self.next_phase_label)
        self.column.addSpacing(6)
        self.column.addWidget(self.speaker)
        self.column.addWidget(self.speaker_warning)
        self.column.addWidget(self.tour_label)
        self.column.addWidget(self.board, 1)
        self.column.addWidget(self.outlook, 1)
        # The column's width follows its stretch, not its text: nothing shifts by a few
        # pixels when the speaker, the phase or a warning changes.
        for wrapped in self.wrapped():
            wrapped.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def wrapped(self) -> tuple[QLabel, ...]:
        return (
            self.item_title,
            self.phase_label,
            self.rule,
            self.input,
            self.next_phase_label,
            self.speaker,
            self.speaker_warning,
            self.tour_label,
        )

    def display(self, s: LiveState, arming_queue: bool) -> None:
        self._render_current(s)
        self._render_speaker(s, arming_queue)
        self.outlook.setVisible(not self.board.isVisible())
        self.outlook.display(s)

    def _render_current(self, s: LiveState) -> None:
        language = current_language()
        item = s.current
        self.board.setVisible(item is not None and item.method.lean_coffee is not None)
        self.input.setVisible(not self.board.isVisible())
        self.timer.set_compact(self.board.isVisible())
        if item is None:
            if s.status is MeetingStatus.CLOSED:
                self.item_title.setText(self.tr("La séance est close."))
            elif s.next_item is not None:
                self.item_title.setText(
                    self.tr("Prochain point : %1").replace("%1", s.next_item.title)
                )
            else:
                self.item_title.setText(self.tr("Tous les points sont traités."))
            self.phase_label.setText(
                self.tr("Maj+N pour démarrer le point suivant")
                if s.next_item is not None and s.status is not MeetingStatus.CLOSED
                else ""
            )
            self.rule.clear()
            self.input.clear()
            self.next_phase_label.clear()
            self.timer.display(None)
            return
        confidential = self.tr("  (confidentiel)") if item.confidential else ""
        self.item_title.setText(f"{item.title}{confidential}")
        method = item.method.name.get(language)
        phase = item.phase
        if phase is not None and phase.count > 1:
            self.phase_label.setText(
                self.tr("%4 · phase %1/%2 · %3")
                .replace("%1", str(phase.number))
                .replace("%2", str(phase.count))
                .replace("%3", phase.phase.name.get(language))
                .replace("%4", method)
            )
            nxt = phase.next_phase
            self.next_phase_label.setText(
                self.tr("Ensuite (N) : %1").replace("%1", nxt.name.get(language))
                if nxt is not None
                else self.tr("Dernière phase : Maj+N pour passer au point suivant")
            )
        else:
            self.phase_label.setText(method)
            self.next_phase_label.clear()
        rule = phase.phase.rule.get(language) if phase else ""
        self.rule.setText(quoted(rule) if rule else "")
        self.input.setText(phase.phase.input.get(language) if phase else "")
        self.timer.display(s.timer, paused=item.status is ItemStatus.PAUSED)
        if self.board.isVisible():
            self.board.display(s)

    def _render_speaker(self, s: LiveState, arming_queue: bool) -> None:
        speaker = s.speaker
        if speaker is None:
            self.speaker.setText(self.tr("Parole : personne"))
            self.speaker_warning.clear()
        else:
            limit = speaker.timer.planned
            text = self.tr("Parole : %1 — %2").replace("%1", speaker.name.upper())
            text = text.replace("%2", duration(speaker.timer.elapsed))
            if limit > 0:
                text += "   " + self.tr("(limite %1)").replace("%1", duration(limit))
            self.speaker.setText(text)
            warnings = []
            if speaker.outside_rule:
                warnings.append(self.tr("⚠ parle hors de la règle de la phase"))
            if limit > 0 and speaker.timer.elapsed > limit:
                warnings.append(self.tr("⚠ a dépassé la limite de parole"))
            self.speaker_warning.setText("   ".join(warnings))
        if s.tour is not None:
            nxt = next(
                (name for mid, name, _done in s.tour.order if mid == s.tour.next_member), None
            )
            self.tour_label.setText(
                self.tr("Tour de table en cours (%1 chacun) — ensuite : %2 (Espace)")
                .replace("%1", duration(s.tour.budget_seconds))
                .replace("%2", nxt or self.tr("fin du tour"))
            )
        else:
            self.tour_label.clear()
        if arming_queue:
            self.tour_label.setText(
                self.tr("Ajouter à la file : touche de la personne (Échap annule)")
            )
