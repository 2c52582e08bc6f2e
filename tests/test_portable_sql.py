"""The core's SQL gives the same figures on every backend: durations summed in SQL are the
durations of the stored instants, to the microsecond."""

from __future__ import annotations

import ast
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from app.steering_history import load_history
from app.store.sql import epoch_seconds, seconds_between
from models import SpeakingTurn
from tests.conftest import ROOT, Room

# (speaker, seconds) in the order the floor is given; fractions down to the microsecond.
TURNS = (("Léa", 12.345678), ("Karim", 0.000001), ("Léa", 61.5), ("Sofia", 3599.999999))


def run_turns(room: Room) -> None:
    room.engine.add_item("Discussion", "free", 60)
    room.engine.start_session()
    room.engine.start_item()
    for name, seconds in TURNS:
        room.engine.give_floor(room[name])
        room.clock.advance(seconds)
    room.engine.take_floor_back()


def test_an_instant_reads_back_as_its_epoch_to_the_microsecond(room: Room) -> None:
    instants = [
        datetime(2026, 3, 12, 8, 30, 0, 1, tzinfo=UTC),
        datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
        datetime(2038, 1, 19, 3, 14, 8, tzinfo=UTC),
    ]
    run_turns(room)
    with room.store.transaction() as db:
        first = db.scalars(select(SpeakingTurn).order_by(SpeakingTurn.started_at)).first()
        assert first is not None
        for instant in instants:
            first.started_at = instant
            db.flush()
            stored = db.scalar(
                select(epoch_seconds(SpeakingTurn.started_at)).where(SpeakingTurn.id == first.id)
            )
            assert stored == instant.timestamp()


def test_speaking_time_summed_in_sql_is_the_sum_of_the_turns(room: Room) -> None:
    run_turns(room)
    with room.store.transaction() as db:
        per_turn = db.execute(
            select(
                SpeakingTurn.member_id,
                seconds_between(SpeakingTurn.started_at, SpeakingTurn.ended_at),
            )
        ).all()
        history = load_history(db, room.network_id)
        longest = db.scalar(
            select(func.max(seconds_between(SpeakingTurn.started_at, SpeakingTurn.ended_at)))
        )
    assert sorted(round(s, 6) for _, s in per_turn) == sorted(s for _, s in TURNS)
    assert longest is not None and abs(longest - 3599.999999) < 1e-6
    (session,) = history.sessions
    expected = {"Léa": 12.345678 + 61.5, "Karim": 0.000001, "Sofia": 3599.999999}
    assert {m: round(s, 6) for m, s in session.seconds.items()} == {
        room[n]: round(s, 6) for n, s in expected.items()
    }
    assert timedelta(seconds=sum(session.seconds.values())) == timedelta(
        seconds=sum(s for _, s in TURNS)
    )


SQLITE_ONLY = {"strftime", "julianday", "datetime", "unixepoch", "ifnull", "group_concat"}
# facts.py: its strftime leaves with the live-performance work (issue 21), which uses
# app.store.sql; store/ opens SQLite files and is SQLite's by nature.
ALLOWED = {"app/store/sql.py", "app/engine/facts.py"}


def test_the_core_calls_no_sqlite_only_function_outside_the_dialect_module() -> None:
    offenders = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative in ALLOWED or relative.startswith("app/store/"):
            continue
        for node in ast.walk(ast.parse(Path(path).read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "func"
                and node.attr.lower() in SQLITE_ONLY
            ):
                offenders.append(f"{relative}:{node.lineno} func.{node.attr}")
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                lowered = node.value.lower()
                if any(f"{name}(" in lowered for name in SQLITE_ONLY):
                    offenders.append(f"{relative}:{node.lineno} {node.value[:40]!r}")
    assert offenders == []


def test_each_turns_stored_length_is_the_one_computed_from_its_instants(room: Room) -> None:
    """The database keeps each turn's length (migration 0009) for the health page's sums:
    it equals seconds_between turn by turn, to the last bit, on both backends; a running
    turn counts 0, and a turn undone and redone, or corrected, has its length again."""
    from app.steering_history import turn_seconds

    run_turns(room)
    room.engine.give_floor(room["Karim"])  # still speaking
    room.clock.advance(7.25)

    def lengths() -> list[tuple[float, float]]:
        with room.store.session() as db:
            return [
                (stored, computed)
                for stored, computed in db.execute(
                    select(
                        turn_seconds(),
                        seconds_between(
                            SpeakingTurn.started_at,
                            func.coalesce(SpeakingTurn.ended_at, SpeakingTurn.started_at),
                        ),
                    ).order_by(SpeakingTurn.started_at)
                )
            ]

    first = lengths()
    assert [stored for stored, _ in first] == [computed for _, computed in first]
    assert [round(stored, 6) for stored, _ in first] == [s for _, s in TURNS] + [0.0]
    room.engine.take_floor_back()
    room.engine.undo()
    room.engine.redo()
    assert lengths()[-1][0] == 7.25
    with room.store.transaction() as db:
        turn = db.scalars(select(SpeakingTurn).order_by(SpeakingTurn.started_at)).first()
        assert turn is not None and turn.ended_at is not None
        turn.ended_at += timedelta(microseconds=1)
    corrected = lengths()
    assert corrected[0][0] == corrected[0][1] and round(corrected[0][0], 6) == 12.345679


def test_turns_held_before_0009_get_their_length_when_the_store_is_upgraded(room: Room) -> None:
    """The turns already stored when 0009 adds the column get their length (generated: on
    read on SQLite, at the upgrade on PostgreSQL), and the health figures are unchanged;
    going back to 0008 removes the column and its index."""
    from alembic import command
    from sqlalchemy import inspect

    from app.store.revisions import _alembic_config
    from models.meeting import TURN_DURATION

    run_turns(room)
    with room.store.session() as db:
        before = load_history(db, room.network_id)
    config = _alembic_config()
    for target in ("0008", "head"):
        with room.store.engine.connect() as connection:
            config.attributes["connection"] = connection
            (command.downgrade if target == "0008" else command.upgrade)(config, target)
            connection.commit()
            columns = {c["name"] for c in inspect(connection).get_columns("speaking_turns")}
        assert (TURN_DURATION in columns) is (target == "head")
    with room.store.session() as db:
        after = load_history(db, room.network_id)
    assert after.sessions == before.sessions
    (session,) = after.sessions
    assert sorted(round(s, 6) for s in session.seconds.values()) == [
        0.000001,
        73.845678,
        3599.999999,
    ]
