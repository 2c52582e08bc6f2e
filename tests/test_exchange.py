"""Laptops that exchange networks: export, merge, publish, update — as facilitators do it."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.clock import FakeClock
from app.engine.session import SessionEngine
from app.exchange.errors import ExchangeError
from app.exchange.files import MANIFEST
from app.exchange.rows import ORDER, table
from app.exchange.server import networks_of, publish, update
from app.exchange.service import export_network, merge_file
from app.methods import MethodCatalogue
from app.planning import add_member, plan_meeting
from app.repertoire import capture
from app.repertoire_curation import edit
from app.store import Store, open_store
from models import (
    AttendanceStatus,
    EntryKind,
    EntryRevision,
    Meeting,
    MeetingStatus,
    Member,
    Membership,
    Network,
    RepertoireEntry,
)
from tests.conftest import Room


@pytest.fixture
def db_location(db_path: Path) -> Path:
    """The facilitators' laptops are SQLite files; the server is either backend (``server``)."""
    return db_path


@pytest.fixture
def server_location(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Any:
    """The organisation's server: a database on PostgreSQL, or a SQLite file standing for it."""
    if backend == "postgresql":
        return request.getfixturevalue("pg_location")
    return tmp_path / "serveur.sqlite3"


def counts(store: Store) -> dict[str, int]:
    """How many rows each table of a network's history holds."""
    with store.session() as db:
        return {
            name: db.scalar(select(func.count()).select_from(table(name))) or 0 for name in ORDER
        }


def run_session(
    store: Store, clock: FakeClock, methods: MethodCatalogue, network_id: uuid.UUID, title: str
) -> uuid.UUID:
    """Plan, run and close a short session with everyone present and one decision."""
    with store.transaction() as db:
        network = db.get_one(Network, network_id)
        meeting = plan_meeting(db, network, clock.now(), 60, title=title).id
        people = list(
            db.scalars(select(Membership.member_id).where(Membership.network_id == network_id))
        )
    engine = SessionEngine(store, meeting, clock, methods)
    for person in people:
        engine.set_attendance(person, AttendanceStatus.PRESENT)
    engine.add_item("Tour de table", "tour_de_table", 20)
    engine.start_item()
    engine.give_floor(people[0])
    clock.advance(minutes=3)
    engine.capture(EntryKind.DECISION, f"Décision de la séance {title}")
    clock.advance(minutes=10)
    engine.close_session()
    return meeting


def edit_term(store: Store, clock: FakeClock, network_id: uuid.UUID, body: str) -> None:
    with store.transaction() as db:
        term = db.scalar(
            select(RepertoireEntry).where(
                RepertoireEntry.network_id == network_id, RepertoireEntry.kind == EntryKind.TERM
            )
        )
        assert term is not None
        edit(db, term.id, now=clock.now(), body=body)


@pytest.fixture
def laptops(
    room: Room, tmp_path: Path, methods: MethodCatalogue
) -> tuple[Store, Store, FakeClock, uuid.UUID]:
    """Two facilitators' laptops holding the same network: A made it and shared it with B."""
    a, clock = room.store, room.clock
    room.engine.start_session()
    room.engine.add_item("Accueil", "tour_de_table", 10)
    room.engine.start_item()
    room.engine.capture(EntryKind.TERM, "REX", body="Retour d'expérience")
    clock.advance(minutes=20)
    room.engine.close_session()
    shared = export_network(a, room.network_id, tmp_path / "partage.cercle", clock.now())
    b = open_store(tmp_path / "laptop-b.sqlite3")
    merge_file(b, shared.path)
    return a, b, clock, room.network_id


def test_two_laptops_merge_into_a_server_with_nothing_lost_and_a_second_merge_changes_nothing(
    laptops: tuple[Store, Store, FakeClock, uuid.UUID],
    tmp_path: Path,
    methods: MethodCatalogue,
    server_location: Any,
) -> None:
    a, b, clock, network_id = laptops
    clock.advance(days=7)
    with b.transaction() as db:
        add_member(
            db,
            db.get_one(Network, network_id),
            "Nadia Roux",
            clock.now(),
            email="NADIA@example.com",
        )
    session_b = run_session(b, clock, methods, network_id, "Séance de B")
    edit_term(b, clock, network_id, "Définition écrite sur le poste de B")
    clock.advance(days=1)
    with a.transaction() as db:
        add_member(
            db, db.get_one(Network, network_id), "Nadia R.", clock.now(), email="nadia@Example.com"
        )
    session_a = run_session(a, clock, methods, network_id, "Séance de A")
    clock.advance(hours=2)
    edit_term(a, clock, network_id, "Définition écrite sur le poste de A, plus tard")
    file_a = export_network(a, network_id, tmp_path / "a.cercle", clock.now()).path
    file_b = export_network(b, network_id, tmp_path / "b.cercle", clock.now()).path
    with open_store(server_location) as server:
        first = merge_file(server, file_a)
        second = merge_file(server, file_b)
        assert first.added > 0 and second.added > 0
        with server.session() as db:
            sessions = {m.title: (m.number, m.status) for m in db.scalars(select(Meeting))}
            # both sessions are there, closed; B's number 2 was taken by A's and became 3
            assert sessions["Séance de A"] == (2, MeetingStatus.CLOSED)
            assert sessions["Séance de B"] == (3, MeetingStatus.CLOSED)
            assert db.get(Meeting, session_a) and db.get(Meeting, session_b)
            # Nadia typed twice with two spellings of her e-mail is one person in the network
            nadias = list(db.scalars(select(Member).where(Member.name.like("Nadia%"))))
            assert len(nadias) == 1
            assert (
                db.scalar(
                    select(func.count())
                    .select_from(Membership)
                    .where(Membership.member_id == nadias[0].id)
                )
                == 1
            )
            # the term edited on both laptops: the later text current, the other kept
            term = db.scalar(select(RepertoireEntry).where(RepertoireEntry.kind == EntryKind.TERM))
            assert term is not None
            assert term.body == "Définition écrite sur le poste de A, plus tard"
            kept = set(
                db.scalars(select(EntryRevision.body).where(EntryRevision.entry_id == term.id))
            )
            assert {"Définition écrite sur le poste de B", "Retour d'expérience"} <= kept
            decisions = set(
                db.scalars(
                    select(RepertoireEntry.title).where(RepertoireEntry.kind == EntryKind.DECISION)
                )
            )
            assert {
                "Décision de la séance Séance de A",
                "Décision de la séance Séance de B",
            } <= decisions
        before = counts(server)
        again = [merge_file(server, f) for f in (file_a, file_b, file_a)]
        assert [(r.added, r.updated) for r in again] == [(0, 0)] * 3
        assert counts(server) == before
    b.close()


def test_a_preview_writes_nothing_and_says_what_a_merge_would_do(
    laptops: tuple[Store, Store, FakeClock, uuid.UUID], tmp_path: Path, server_location: Any
) -> None:
    a, b, clock, network_id = laptops
    file_a = export_network(a, network_id, tmp_path / "a.cercle", clock.now()).path
    with open_store(server_location) as target:
        before = counts(target)
        preview = merge_file(target, file_a, dry_run=True)
        assert counts(target) == before
        assert (
            preview.dry_run
            and preview.added == sum(counts(a).values()) - preview.tally("entry_revisions").added
        )
        assert "Rien n'a encore été écrit" in preview.headline()
    b.close()


def test_a_running_session_is_never_touched_by_a_merge(
    room: Room, tmp_path: Path, methods: MethodCatalogue
) -> None:
    shared = export_network(room.store, room.network_id, tmp_path / "plan.cercle", room.clock.now())
    with open_store(tmp_path / "b.sqlite3") as b:
        merge_file(b, shared.path)
        engine_b = SessionEngine(b, room.meeting_id, room.clock, methods)
        engine_b.start_session()  # B runs the session in the room
        room.engine.start_session()  # meanwhile A ran it too and closed it
        room.engine.add_item("Point", "free", 10)
        room.engine.start_item()
        room.clock.advance(minutes=5)
        room.engine.close_session()
        later = export_network(room.store, room.network_id, tmp_path / "a.cercle", room.clock.now())
        before = counts(b)
        report = merge_file(b, later.path)
        assert counts(b) == before
        assert any("en cours ici" in a.why for a in report.aside)
        with b.session() as db:
            assert db.get_one(Meeting, room.meeting_id).status == MeetingStatus.RUNNING


def test_nothing_is_deleted_by_a_merge(room: Room, tmp_path: Path) -> None:
    clock = room.clock
    with room.store.transaction() as db:
        entry = capture(
            db, network_id=room.network_id, kind=EntryKind.PRACTICE, title="Relire", now=clock.now()
        ).id
    shared = export_network(room.store, room.network_id, tmp_path / "s.cercle", clock.now())
    with open_store(tmp_path / "b.sqlite3") as b:
        merge_file(b, shared.path)
        clock.advance(hours=1)
        with room.store.transaction() as db:
            db.get_one(RepertoireEntry, entry).deleted_at = clock.now()
            db.get_one(
                Membership,
                db.scalar(select(Membership.id).where(Membership.member_id == room["Paul"])),
            ).left_on = clock.now().date()
        later = export_network(room.store, room.network_id, tmp_path / "l.cercle", clock.now())
        report = merge_file(b, later.path)
        with b.session() as db:
            assert db.get_one(RepertoireEntry, entry).deleted_at is None
            paul = db.scalar(select(Membership).where(Membership.member_id == room["Paul"]))
            assert paul is not None and paul.left_on is None
        assert any("supprimée dans le fichier" in n for n in report.notes)
        assert any("reste membre ici" in n for n in report.notes)


HOSTILE = {
    "truncated": lambda good, bad: bad.write_bytes(
        good.read_bytes()[: len(good.read_bytes()) // 3]
    ),
    "not sqlite": lambda good, bad: bad.write_text("nom;courriel\nLéa;lea@example.com\n"),
    "other app": lambda good, bad: _other_app(bad),
    "newer format": lambda good, bad: _newer(
        good, bad, "UPDATE cercle_exchange SET value='99' WHERE key='format'"
    ),
    "newer schema": lambda good, bad: _newer(
        good, bad, "UPDATE alembic_version SET version_num='9999'"
    ),
    "empty": lambda good, bad: bad.write_bytes(b""),
}


def _other_app(bad: Path) -> None:
    connection = sqlite3.connect(bad)
    connection.execute("CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, title TEXT)")
    connection.commit()
    connection.close()


def _newer(good: Path, bad: Path, sql: str) -> None:
    shutil.copy(good, bad)
    connection = sqlite3.connect(bad)
    connection.execute(sql)
    connection.commit()
    connection.close()


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_a_hostile_file_is_refused_with_a_sentence_and_nothing_is_written(
    room: Room, tmp_path: Path, kind: str, server_location: Any
) -> None:
    good = export_network(
        room.store, room.network_id, tmp_path / "bon.cercle", room.clock.now()
    ).path
    bad = tmp_path / f"{kind.replace(' ', '-')}.cercle"
    HOSTILE[kind](good, bad)
    original = bad.read_bytes()
    with open_store(server_location) as target:
        before = counts(target)
        with pytest.raises(ExchangeError) as refused:
            merge_file(target, bad)
        assert counts(target) == before
    message = str(refused.value)
    assert bad.name in message and "rien n'a été fusionné" in message
    assert "\n" not in message and "Traceback" not in message
    assert bad.read_bytes() == original  # the file itself is never written


def test_the_exchange_file_is_a_cercle_store_with_a_manifest(room: Room, tmp_path: Path) -> None:
    result = export_network(room.store, room.network_id, tmp_path / "r.cercle", room.clock.now())
    with open_store(result.path, migrate=False) as opened:  # the store's own code opens it
        assert counts(opened)["networks"] == 1
        with opened.session() as db:
            manifest = {k: v for k, v in db.execute(select(MANIFEST.c.key, MANIFEST.c.value))}
    assert manifest["format"] == "1" and manifest["network"] == "Réseau Qualité Achats"
    assert manifest["confidential_included"] == "no"
    assert not Path(f"{result.path}-wal").exists()


def test_publish_then_update_through_a_server(
    room: Room, tmp_path: Path, methods: MethodCatalogue, server_location: Any
) -> None:
    room.engine.start_session()
    room.engine.add_item("Accueil", "tour_de_table", 10)
    room.engine.start_item()
    room.engine.capture(EntryKind.DECISION, "Publier après la séance")
    room.clock.advance(minutes=15)
    room.engine.close_session()
    with room.store.transaction() as db:
        db.get_one(Network, room.network_id).facilitators = "Marc, Claire Petit"
    with open_store(server_location) as server:
        published = publish(room.store, server, room.network_id)
        assert published.tally("meetings").added == 1
        assert publish(room.store, server, room.network_id).changes_anything is False
        with open_store(tmp_path / "claire.sqlite3") as claire:  # the co-facilitator's laptop
            with server.session() as db:
                assert networks_of(db, "claire petit") == [room.network_id]
                assert networks_of(db, "Personne") == []
            pulled = update(claire, server, "Claire Petit")
            assert pulled.tally("networks").added == 1
            with claire.session() as db:
                assert "Publier après la séance" in set(db.scalars(select(RepertoireEntry.title)))
            assert update(claire, server, "Claire Petit").changes_anything is False
            with pytest.raises(ExchangeError):
                update(claire, server, "Personne")


def test_a_file_from_an_older_cercle_is_upgraded_on_a_copy_and_merged(
    room: Room, tmp_path: Path, server_location: Any
) -> None:
    from alembic import command

    from app.store.database import create_sqlite_engine
    from app.store.revisions import _alembic_config

    made = export_network(room.store, room.network_id, tmp_path / "ancien.cercle", room.clock.now())
    engine = create_sqlite_engine(made.path)
    try:  # the file as the previous schema wrote it
        with engine.connect() as connection:
            config = _alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0005")
            connection.commit()
    finally:
        engine.dispose()
    sqlite3.connect(made.path).execute("PRAGMA journal_mode=DELETE").close()
    original = made.path.read_bytes()
    with open_store(server_location) as server:
        report = merge_file(server, made.path)
        assert report.tally("networks").added == 1 and report.tally("members").added == 6
    assert made.path.read_bytes() == original  # upgraded on a private copy only
