"""The optional audible cue rings once at the last 20 % and once at the end, only when on."""

from __future__ import annotations

import wave
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import Room
from ui.session.sound import END, WARNING, SoundPlayer, TimerCues

SOUNDS = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def test_a_phase_and_its_item_ring_at_80_percent_and_at_the_end(room: Room) -> None:
    e, clock = room.engine, room.clock
    e.add_item("Tour", "free", 10)  # one phase: the item's timer only
    e.add_item("Cas", "codev", 60)
    e.start_session()
    e.start_item()
    played: list[str] = []
    cues = TimerCues(played.append)
    cues.enabled = True
    for _ in range(12):  # a tick a minute is enough to cross each threshold once
        cues.update(e.state())
        clock.advance(minutes=1)
    assert played == [WARNING, END]  # at 8 and at 10+ minutes, never twice
    e.start_item()  # the case: its first phase has a few of the 60 minutes
    phase_minutes = e.state().current.phase.timer.planned / 60
    played.clear()
    for _ in range(int(phase_minutes) + 2):
        cues.update(e.state())
        clock.advance(minutes=1)
    assert played == [WARNING, END]


def test_off_by_default_and_silent_when_reopened_mid_overrun(room: Room) -> None:
    e, clock = room.engine, room.clock
    e.add_item("Tour", "free", 5)
    e.start_session()
    e.start_item()
    played: list[str] = []
    cues = TimerCues(played.append)
    assert not cues.enabled
    for _ in range(7):
        cues.update(e.state())
        clock.advance(minutes=1)
    assert played == []
    late = TimerCues(played.append)  # the cockpit reopened after the end: no ring
    late.enabled = True
    late.update(e.state())
    assert played == []


def test_the_bundled_sounds_are_short_and_small(qtbot: QtBot) -> None:
    for name in ("cue-warning.wav", "cue-end.wav"):
        path = SOUNDS / name
        assert path.stat().st_size < 16_000
        with wave.open(str(path)) as sound:
            assert sound.getnframes() / sound.getframerate() < 0.7
    player = SoundPlayer()
    if player.available:  # QtMultimedia present (libpulse): both cues load from the package
        player.load()
        assert set(player.effects) == {WARNING, END}


def test_the_cue_is_a_setting_kept_between_sessions(qtbot: QtBot) -> None:
    from ui.session.sound import AudibleCue
    from ui.shell.settings import Settings

    settings = Settings()
    cue = AudibleCue(settings)
    assert not cue.cues.enabled  # off by default
    message, error = cue.toggle()
    if not cue.player.available:  # no audio library: said, nothing stored
        assert error and "pas disponible" in message
        return
    assert not error and "activé" in message
    assert AudibleCue(Settings()).cues.enabled  # the next cockpit opens with it on
    message, _ = cue.toggle()
    assert message == "Signal sonore coupé." and not AudibleCue(Settings()).cues.enabled
