"""The demo network: deterministic, coherent, alive."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.clock import FakeClock
from app.demo import seed_demo
from app.demo_content import NETWORK_NAME
from app.engine.invariants import check_all
from app.methods import MethodCatalogue
from app.paths import demo_db_path
from app.planning import create_network, plan_meeting
from app.store import Store, open_store
from models import (
    Attendance,
    AttendanceStatus,
    EntryKind,
    Meeting,
    MeetingStatus,
    Membership,
    Network,
    RepertoireEntry,
    SpeakingTurn,
)
from tests.conftest import DEMO_NOW as NOW
from tests.conftest import copy_database_file


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the run's demo database (the other test processes copy it meanwhile)."""
    path = tmp_path / "demo.sqlite3"
    copy_database_file(demo_template, path)
    return path


def dump(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: sorted(con.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        con.close()


def test_the_demo_is_deterministic(demo: Path, tmp_path: Path, methods: MethodCatalogue) -> None:
    again = tmp_path / "again.sqlite3"
    with open_store(again) as store:
        seed_demo(store, NOW, methods)
    assert dump(again) == dump(demo)


def test_the_demo_network_is_alive_and_coherent(demo: Path) -> None:
    with open_store(demo) as store, store.session() as db:
        assert check_all(db, NOW) == []
        members = set(db.scalars(select(Membership.member_id)))
        assert len(members) == 10
        attendees = set(db.scalars(select(Attendance.member_id)))
        assert attendees <= members
        meetings = list(db.scalars(select(Meeting).order_by(Meeting.number)))
        assert [m.status for m in meetings] == [MeetingStatus.CLOSED] * 6 + [MeetingStatus.PLANNED]
        assert meetings[-1].planned_start > NOW > meetings[-2].planned_start
        formats = {m.format for m in meetings[:6]}
        assert {"codev", "rex", "lean_coffee"} <= formats
        turns = db.scalar(select(func.count()).select_from(SpeakingTurn))
        assert turns is not None and turns > 200
        kinds = set(db.scalars(select(RepertoireEntry.kind)))
        assert {EntryKind.DECISION, EntryKind.ACTION, EntryKind.TERM} <= kinds
        # Engagement differs: some came every time, some rarely.
        presence = dict(
            db.execute(
                select(Attendance.member_id, func.count())
                .where(Attendance.status == AttendanceStatus.PRESENT)
                .group_by(Attendance.member_id)
            ).all()
        )
        assert max(presence.values()) == 6
        assert min(presence.get(m, 0) for m in members) <= 2


def test_every_demo_turn_is_spoken_by_someone_present(demo: Path) -> None:
    with open_store(demo) as store, store.session() as db:
        rows = db.execute(
            select(SpeakingTurn.member_id, Attendance.status).join(
                Attendance,
                (Attendance.meeting_id == SpeakingTurn.meeting_id)
                & (Attendance.member_id == SpeakingTurn.member_id),
                isouter=True,
            )
        ).all()
        assert rows and all(status is AttendanceStatus.PRESENT for _, status in rows)


def test_the_demo_lives_in_its_own_file_and_never_joins_a_users_database(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Where the demo goes is what is tested here, not its seeding (see the tests above):
    # a network and one planned session stand for it.
    def quick_seed(store: Store, now: datetime, *_args: object, **_kwargs: object) -> None:
        with store.transaction() as db:
            plan_meeting(db, create_network(db, NETWORK_NAME, now), now, 90)

    monkeypatch.setattr("app.demo.seed_demo", quick_seed)
    assert main(["demo"]) == 0
    assert demo_db_path().exists()
    with open_store(demo_db_path()) as demo, demo.session() as db:
        assert db.scalar(select(Meeting.id).limit(1)) is not None
    # A database with the user's own network refuses the demo.
    with store.transaction() as db:
        create_network(db, "Mon réseau", FakeClock().now())
    store.close()
    assert main(["--db", str(store.path), "demo"]) == 1
    with open_store(store.path) as reopened, reopened.session() as db:
        assert list(db.scalars(select(Network.name))) == ["Mon réseau"]
    assert NETWORK_NAME not in list_networks(store.path)


def list_networks(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT name FROM networks")]
    finally:
        con.close()
