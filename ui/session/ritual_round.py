"""A météo or ROTI round by keys: one press per person, under a minute for twelve.

The present members are listed in order, the current one highlighted. 1–5 (or the AZERTY
digit row) records their score and moves on; 0 or Space lets them pass; M types their word
(Enter keeps it and moves on); ↑/↓ move; Backspace goes back one and forgets the answer given
there; Enter or Esc closes. The screen shows who answered, never the score beside a name: the
laptop screen is often seen by the room.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget

from app.engine.session import SessionEngine
from app.engine.state import LiveState
from app.rituals import RitualSummary
from app.workspace import Workspace
from models import RitualKind
from ui.kit.formatting import decimal
from ui.kit.widgets import Banner, muted
from ui.session.cockpit_keys import AZERTY_DIGITS
from ui.shell.command_runner import CommandRunner

DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 6)} | {
    key: n for n, key in enumerate(AZERTY_DIGITS[:5], 1)
}
Answer = Callable[[uuid.UUID, int | None, str], str | None]  # → an error message, or None
Forget = Callable[[uuid.UUID], None]


class RitualRound(QDialog):
    def __init__(
        self,
        kind: RitualKind,
        people: Sequence[tuple[uuid.UUID, str]],
        answered: dict[uuid.UUID, tuple[int | None, str]],
        answer: Answer,
        forget: Forget,
        summary: Callable[[], RitualSummary | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.people = list(people)
        self.answered = dict(answered)
        self._answer, self._forget, self._summary = answer, forget, summary
        weather = kind is RitualKind.WEATHER
        self.setWindowTitle(self.tr("Météo") if weather else self.tr("ROTI"))
        heading = QLabel(
            self.tr("Météo : l'humeur de chacun, de 1 (orage) à 5 (grand soleil)")
            if weather
            else self.tr(
                "ROTI : ce temps valait-il la peine ? 1 temps perdu · 3 utile · 5 excellent"
            )
        )
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        keys = muted(
            self.tr(
                "1 à 5 : la note de la personne en surbrillance · 0 ou Espace : passe · "
                "M : un mot · ↑ ↓ : se déplacer · Retour arrière : corriger · Entrée : terminer"
            )
        )
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.word = QLineEdit()
        self.word.setPlaceholderText(self.tr("Un mot (Entrée pour garder)"))
        self.word.hide()
        self.word.returnPressed.connect(self._word_given)
        self.tally = QLabel()
        self.banner = Banner()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(keys)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.word)
        layout.addWidget(self.tally)
        layout.addWidget(self.banner)
        self.current = next((i for i, (m, _n) in enumerate(self.people) if m not in answered), 0)
        self.resize(560, min(640, 190 + 30 * len(self.people)))
        self._render()

    # --- keys ---------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if self.word.isVisible():
            if key == Qt.Key.Key_Escape:
                self.word.hide()
                self.setFocus()
            return
        if key in DIGITS:
            self._give(DIGITS[key], "")
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Agrave, Qt.Key.Key_Space):
            self._move(1)
        elif key == Qt.Key.Key_M:
            self.word.clear()
            self.word.show()
            self.word.setFocus()
        elif key == Qt.Key.Key_Down:
            self._move(1)
        elif key == Qt.Key.Key_Up:
            self._move(-1)
        elif key == Qt.Key.Key_Backspace:
            self._correct()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self.accept()
        else:
            super().keyPressEvent(event)

    def _correct(self) -> None:
        """Back one person; the answer given there is forgotten."""
        self._move(-1)
        member = self._member()
        if member is not None and member in self.answered:
            self._forget(member)
            del self.answered[member]
            self._render()

    def _member(self) -> uuid.UUID | None:
        """The highlighted person (None once past the last: the round is done)."""
        return self.people[self.current][0] if self.current < len(self.people) else None

    def _give(self, score: int | None, word: str) -> None:
        member = self._member()
        if member is None:
            return
        error = self._answer(member, score, word)
        if error:
            self.banner.show_message(error, error=True)
            return
        previous = self.answered.get(member, (None, ""))
        self.answered[member] = (score if score is not None else previous[0], word or previous[1])
        self._move(1)

    def _word_given(self) -> None:
        text = self.word.text().strip()
        self.word.hide()
        self.setFocus()
        if text:
            member = self._member()
            score = self.answered.get(member, (None, ""))[0] if member else None
            self._give(score, text)

    def _move(self, step: int) -> None:
        # one step past the last person: the round is done, Backspace still corrects the last
        self.current = max(0, min(len(self.people), self.current + step))
        self._render()

    # --- painting -----------------------------------------------------------------------------

    def _render(self) -> None:
        self.list.clear()
        for index, (member, name) in enumerate(self.people):
            word = self.answered.get(member, (None, ""))[1]
            mark = "✓" if member in self.answered else "·"
            text = f"{mark}  {name}" + (f"  — « {word} »" if word else "")
            self.list.addItem(text)
            if index == self.current:
                self.list.setCurrentRow(index)
        if self.current >= len(self.people):
            self.list.clearSelection()
        s = self._summary()
        answered = len(self.answered)
        line = (
            self.tr("%1 / %2 ont répondu")
            .replace("%1", str(answered))
            .replace("%2", str(len(self.people)))
        )
        if s is not None and s.mean is not None:
            line += "  ·  " + self.tr("moyenne %1").replace("%1", decimal(s.mean, 1))
        self.tally.setText(line)


def open_round(
    parent: QWidget,
    workspace: Workspace,
    runner: CommandRunner,
    engine: SessionEngine,
    state: LiveState,
    kind: RitualKind,
    finished: Callable[[], None],
) -> RitualRound:
    """Open the météo or ROTI round of the running session (one key per person); each
    answer is one command through the runner, a refusal shows under the round's fields."""
    meeting = engine.meeting_id

    def answer(member: uuid.UUID, score: int | None, word: str) -> str | None:
        told: list[str] = []
        runner.run(lambda: engine.ritual_answer(member, kind, score, word), told.append)
        return told[0] if told else None

    dialog = RitualRound(
        kind,
        [(p.member_id, p.name) for p in state.participants],
        workspace.ritual_answers(meeting, kind),
        answer,
        lambda member: engine.ritual_forget(member, kind),
        lambda: workspace.ritual_summary(meeting, kind),
        parent,
    )
    dialog.finished.connect(lambda _result: finished())
    dialog.open()
    return dialog
