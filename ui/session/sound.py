"""An optional audible cue when a phase or an item reaches its last 20 % and its end.

Off by default (a setting kept between sessions, Ctrl+Shift+S). Timers in rooms are often
watched by nobody: a short, soft sound (resources/sounds, made by tools/make_sounds.py)
tells the facilitator without anyone looking. Played through QtMultimedia's QSoundEffect;
where the system has no audio library the cue says it is unavailable instead of failing.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from importlib import resources

from PySide6.QtCore import QObject, QUrl

from app.engine.state import LiveState
from app.engine.timeline import Timer, TimerLevel
from models import MeetingStatus
from ui.shell.settings import AUDIBLE_CUES, Settings

log = logging.getLogger(__name__)

WARNING, END = "warning", "end"
_RANK = {TimerLevel.NORMAL: 0, TimerLevel.WARNING: 1, TimerLevel.OVERRUN: 2}


class TimerCues:
    """Decides when to ring: on crossing into the last 20 % or past the end, once each."""

    def __init__(self, play: Callable[[str], None]) -> None:
        self.play = play
        self.enabled = False
        self._levels: dict[tuple[uuid.UUID, int | None], TimerLevel] = {}

    def update(self, s: LiveState) -> str | None:
        """Look at the current item and phase; ring (and say which cue) when one crosses."""
        item = s.current
        if item is None or s.status is not MeetingStatus.RUNNING:
            return None
        watched: list[tuple[tuple[uuid.UUID, int | None], Timer]] = [((item.id, None), item.timer)]
        if item.phase is not None and item.phase.count > 1:
            watched.append(((item.id, item.phase.number), item.phase.timer))
        cue = None
        for key, timer in watched:
            level = timer.level if timer.planned > 0 else TimerLevel.NORMAL
            before = self._levels.get(key)
            self._levels[key] = level
            if before is None or _RANK[level] <= _RANK[before]:
                continue  # first sight (a session reopened mid-phase) or no crossing
            crossed = END if level is TimerLevel.OVERRUN else WARNING
            cue = END if END in (cue, crossed) else crossed
        if cue is not None and self.enabled:
            self.play(cue)
            return cue
        return None


class SoundPlayer(QObject):
    """The two cues, loaded at their first use (the audio backend is slow to wake).

    ``available`` is False where QtMultimedia cannot load (no audio library).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.effects: dict[str, object] = {}
        self._module: object | None = None
        self._tried = False

    @property
    def available(self) -> bool:
        """Whether QtMultimedia loads here (tried once, when the cue is first wanted)."""
        if not self._tried:
            self._tried = True
            try:
                from PySide6 import QtMultimedia
            except ImportError as error:  # e.g. libpulse missing on a bare Linux
                log.warning("no audible cue: %s", error)
            else:
                self._module = QtMultimedia
        return self._module is not None

    def load(self) -> None:
        if not self.available or self.effects:
            return
        folder = resources.files("resources") / "sounds"
        for name in (WARNING, END):
            effect = self._module.QSoundEffect(self)  # type: ignore[union-attr]
            effect.setSource(QUrl.fromLocalFile(str(folder / f"cue-{name}.wav")))
            effect.setVolume(0.6)
            self.effects[name] = effect

    def play(self, name: str) -> None:
        self.load()
        effect = self.effects.get(name)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]


class AudibleCue(QObject):
    """The cockpit's cue: the player, when to ring, and the setting that switches it."""

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.player = SoundPlayer(self)
        self.cues = TimerCues(self.player.play)
        self.cues.enabled = settings.get(AUDIBLE_CUES) and self.player.available

    def toggle(self) -> tuple[str, bool]:
        """Switch the cue on or off (kept as a setting); the sentence to show, and if an error."""
        if not self.player.available:
            return self.tr(
                "Le son n'est pas disponible sur ce poste (bibliothèque audio absente)."
            ), True
        self.cues.enabled = not self.cues.enabled
        self.settings.set(AUDIBLE_CUES, self.cues.enabled)
        if self.cues.enabled:
            return (
                self.tr(
                    "Signal sonore activé : à 80 % et à la fin de chaque phase et de chaque point."
                ),
                False,
            )
        return self.tr("Signal sonore coupé."), False
