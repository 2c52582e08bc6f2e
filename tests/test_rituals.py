"""Météo and ROTI: one press per person, stored per member, only ever told as counts."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.engine.errors import EngineError
from app.engine.session import SessionEngine
from app.export.minutes import export_minutes
from app.export.minutes_data import Options
from app.export.minutes_formats import export_minutes_as
from app.planning import plan_meeting
from app.rituals import RotiPoint, falling, roti_trend, summary
from models import AttendanceStatus, Network, RitualKind
from tests.conftest import Room
from tests.test_after_session import docx_text

SCORES = {"Léa": 5, "Karim": 4, "Sofia": 4, "Marc": 3, "Inès": 2}


def roti_round(room: Room, engine: SessionEngine, scores: dict[str, int]) -> None:
    for name, score in scores.items():
        engine.ritual_answer(room[name], RitualKind.ROTI, score)


def test_a_round_is_stored_per_member_and_told_as_counts(room: Room, tmp_path: Path) -> None:
    e = room.engine
    e.set_attendance(room["Paul"], AttendanceStatus.EXCUSED)
    e.add_item("Libre", "free", 30)
    e.start_item()
    e.ritual_answer(room["Léa"], RitualKind.WEATHER, 4, "ensoleillée")
    e.ritual_answer(room["Karim"], RitualKind.WEATHER, word="brouillard")
    roti_round(room, e, {**SCORES, "Inès": 1})
    e.ritual_answer(room["Inès"], RitualKind.ROTI, 2, "long")  # corrected, not doubled
    with pytest.raises(EngineError, match="de 1 à 5"):
        e.ritual_answer(room["Inès"], RitualKind.ROTI, 6)
    e.undo()  # the correction is undone: Inès gave 1
    e.ritual_answer(room["Inès"], RitualKind.ROTI, 2, "long")
    with room.store.session() as db:
        roti = summary(db, room.meeting_id, RitualKind.ROTI)
        weather = summary(db, room.meeting_id, RitualKind.WEATHER)
    assert roti is not None and weather is not None
    assert roti.distribution == (0, 1, 1, 2, 1)
    assert roti.mean == pytest.approx(3.6) and roti.high_share == pytest.approx(0.6)
    assert (roti.answered, roti.present) == (5, 5)
    assert weather.words == ("brouillard", "ensoleillée") and weather.scored == 1
    room.clock.advance(minutes=30)
    e.close_session()
    out = tmp_path / "cr.pdf"
    export_minutes(room.store, room.meeting_id, e.methods, room.clock.now(), out, Options())
    content = re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in PdfReader(out).pages))
    assert "Météo et ROTI" in content
    assert "ROTI (fin) 3,6 0 1 1 2 1 60 % 5 / 5" in content
    assert "Mots du ROTI : long" in content
    # never a name beside a score: the minutes have no line that pairs them
    for name, score in SCORES.items():
        assert not re.search(rf"{name}\W+{score}\b", content.split("Météo et ROTI")[1])
    # the Markdown and Word minutes tell the same rounds (they left them out)
    for suffix in ("md", "docx"):
        other = export_minutes_as(
            room.store,
            room.meeting_id,
            e.methods,
            room.clock.now(),
            tmp_path / f"cr.{suffix}",
            Options(),
        )
        said = (
            docx_text(other) if suffix == "docx" else other.read_text(encoding="utf-8")
        ).replace("**", "")
        assert "Météo et ROTI" in said, suffix
        assert re.search(r"ROTI \(fin\)\W+3,6\W+0\W+1\W+1\W+2\W+1\W+60\W+%\W+5 / 5", said), suffix
        assert "Mots du ROTI : long" in said, suffix
        for name, score in SCORES.items():
            assert not re.search(rf"{name}\W+{score}\b", said.split("Météo et ROTI")[1]), suffix


def test_a_roti_falling_three_sessions_in_a_row_is_a_warning(room: Room) -> None:
    engine = room.engine
    means = []
    for round_scores in ({"Léa": 5, "Karim": 5}, {"Léa": 4, "Karim": 4}, {"Léa": 3, "Karim": 2}):
        engine.add_item("Libre", "free", 30)
        engine.start_item()
        roti_round(room, engine, round_scores)
        room.clock.advance(minutes=30)
        engine.close_session()
        means.append(sum(round_scores.values()) / 2)
        room.clock.advance(days=30)
        with room.store.transaction() as db:
            network = db.get_one(Network, room.network_id)
            meeting = plan_meeting(db, network, room.clock.now(), 60).id
        engine = SessionEngine(room.store, meeting, room.clock, engine.methods)
        for member in room.people.values():
            engine.set_attendance(member, AttendanceStatus.PRESENT)
    with room.store.session() as db:
        points = roti_trend(db, room.network_id)
    assert [p.mean for p in points] == means
    assert [p.session for p in points] == [1, 2, 3]
    assert falling(points)
    assert not falling(points[:2])
    now = room.clock.now()
    flat = [RotiPoint(n, now + timedelta(days=n), 4.0, 0.5, 1.0) for n in range(3)]
    assert not falling(flat)
