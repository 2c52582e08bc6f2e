"""A facilitator's own network: created with only a name, people who join, leave and come
back, tiles that keep their keys, archiving and deletion."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.clock import FakeClock
from app.engine.errors import EngineError
from app.networks import (
    add_person,
    create,
    delete,
    edit_person,
    listing,
    loss,
    people,
    person_comes_back,
    person_leaves,
    rename,
    set_archived,
)
from app.planning import overview
from app.store import Store
from app.workspace import Workspace
from models import Membership, MembershipRole, NetworkKind
from tests.conftest import START, Room


def tiles(store: Store, network_id: uuid.UUID) -> dict[str, int | None]:
    with store.session() as db:
        return {p.name: p.tile for p in people(db, network_id, with_left=False)}


def test_a_network_needs_only_a_name_and_takes_every_profile_field(store: Store) -> None:
    with store.transaction() as db:
        bare = create(db, "Groupe Codév Lyon", START)
        full = create(
            db,
            "Communauté Achats",
            START,
            kind="community_of_practice",
            intention="Partager nos pratiques d'achat responsable",
            sponsor="Direction Qualité",
            pilot="Hélène Roy",
            facilitators="Léa Martin, Karim Benali",
            target_rhythm_days=45,
            meeting_minutes=150,
            autonomy_alignment=30,
            structuring=70,
        )
    with store.session() as db:
        rows = {r.name: r for r in listing(db)}
        assert rows["Groupe Codév Lyon"].kind is None
        assert rows["Communauté Achats"].kind is NetworkKind.COMMUNITY_OF_PRACTICE
        from models import Network

        network = db.get_one(Network, full)
        assert (network.pilot, network.facilitators, network.sponsor) == (
            "Hélène Roy",
            "Léa Martin, Karim Benali",
            "Direction Qualité",
        )
        assert (network.target_rhythm_days, network.meeting_minutes) == (45, 150)
        assert (network.autonomy_alignment, network.structuring) == (30, 70)
        assert db.get_one(Network, bare).intention == ""


@pytest.mark.parametrize(
    ("name", "fields", "message"),
    [
        ("  ", {}, "Donnez un nom au réseau."),
        ("groupe codev LYON", {}, "Un réseau s'appelle déjà « Groupe Codév Lyon »"),
        ("Autre", {"structuring": 140}, "Les curseurs vont de 0 à 100."),
        ("Autre", {"target_rhythm_days": 0}, "doivent être positifs"),
        ("Autre", {"kind": "club"}, "Type de réseau inconnu : club"),
    ],
)
def test_a_bad_network_is_refused_with_a_sentence_and_nothing_is_written(
    store: Store, name: str, fields: dict[str, object], message: str
) -> None:
    with store.transaction() as db:
        create(db, "Groupe Codév Lyon", START)
    with pytest.raises(EngineError, match=message), store.transaction() as db:
        create(db, name, START, **fields)
    with store.session() as db:
        assert [r.name for r in listing(db)] == ["Groupe Codév Lyon"]


def test_tile_keys_are_given_when_people_join_and_never_move(store: Store) -> None:
    with store.transaction() as db:
        network = create(db, "Réseau", START)
        claire = add_person(db, network, "Claire Fontaine", START)
        for name in ("Zoé Arnaud", "Aline Bosc", "Bruno Caron"):
            add_person(db, network, name, START)
    # Alphabetical order would have moved Claire; her tile is hers.
    assert tiles(store, network) == {
        "Aline Bosc": 3,
        "Bruno Caron": 4,
        "Claire Fontaine": 1,
        "Zoé Arnaud": 2,
    }
    later = START + timedelta(days=40)
    with store.transaction() as db:
        person_leaves(db, network, claire, later.date())
    assert "Claire Fontaine" not in tiles(store, network)
    assert tiles(store, network)["Bruno Caron"] == 4  # nobody moved
    with store.transaction() as db:
        add_person(db, network, "David Eyraud", later)  # takes the free tile
    assert tiles(store, network)["David Eyraud"] == 1
    with store.transaction() as db:
        assert person_comes_back(db, network, claire, later.date()) == 5
    assert tiles(store, network)["Claire Fontaine"] == 5
    with store.session() as db:
        assert len(list(db.scalars(select(Membership)))) == 5  # Claire's row came back


def test_someone_who_left_keeps_their_history_but_is_not_in_check_in(
    store: Store, room: Room, clock: FakeClock
) -> None:
    """Sofia spoke in a closed session, then leaves: she is in that session's facts and the
    network's history, not in the next check-in; she can come back with her tile."""
    workspace = Workspace.open(store, clock)
    engine = room.engine
    engine.add_item("Tour de table", "free", 30)
    engine.start_session()
    engine.start_item()
    engine.give_floor(room.people["Sofia"])
    clock.advance(60)
    engine.close_session()
    with store.transaction() as db:
        person_leaves(db, room.network_id, room.people["Sofia"], clock.now().date())
    names = [m.name for m in workspace.members(room.network_id)]
    assert "Sofia" not in names and "Léa" in names
    assert workspace.engine(room.meeting_id).facts.names[room.people["Sofia"]] == "Sofia"
    [summary] = overview(store.session())
    assert summary.members == len(room.people) - 1
    with store.session() as db:
        gone = {p.name: p.left_on for p in people(db, room.network_id)}
    assert gone["Sofia"] == clock.now().date() and gone["Léa"] is None
    with store.transaction() as db:
        tile = person_comes_back(db, room.network_id, room.people["Sofia"], clock.now().date())
    assert tile == tiles(store, room.network_id)["Sofia"]
    assert "Sofia" in [m.name for m in workspace.members(room.network_id)]


def test_typing_a_person_twice_or_someone_known_elsewhere(store: Store) -> None:
    with store.transaction() as db:
        one = create(db, "Réseau Un", START)
        two = create(db, "Réseau Deux", START)
        lea = add_person(db, one, "Léa Martin", START, email="lea@example.com", unit="Qualité")
    with (
        pytest.raises(EngineError, match=r"Léa Martin est déjà membre de ce réseau\."),
        store.transaction() as db,
    ):
        add_person(db, one, "LÉA  martin", START)
    with (
        pytest.raises(EngineError, match=r"Adresse e-mail invalide : lea@example\."),
        store.transaction() as db,
    ):
        add_person(db, one, "Autre", START, email="lea@example")
    with store.transaction() as db:  # the same person joins a second network, not a copy
        assert add_person(db, two, "Lea Martin", START, email="LEA@example.com") == lea
    with store.transaction() as db:
        edit_person(
            db,
            two,
            lea,
            name="Léa Martin-Roy",
            email="lea.roy@example.com",
            unit="Achats",
            role=MembershipRole.FACILITATOR,
        )
    with store.session() as db:
        [row] = people(db, two)
    assert (row.name, row.email, row.unit, row.role) == (
        "Léa Martin-Roy",
        "lea.roy@example.com",
        "Achats",
        MembershipRole.FACILITATOR,
    )


def test_archive_rename_and_delete(store: Store, room: Room, clock: FakeClock) -> None:
    workspace = Workspace.open(store, clock)
    with store.transaction() as db:
        other = create(db, "Réseau Sécurité", START)
        add_person(db, other, "Léa", START)  # Léa is in both networks
        set_archived(db, other, START)
    assert [n.name for n in workspace.overview()] == ["Réseau Qualité Achats"]
    with store.transaction() as db:
        set_archived(db, other, None)
        rename(db, other, "Réseau Sécurité Sites")
    assert [n.name for n in workspace.overview()] == [
        "Réseau Qualité Achats",
        "Réseau Sécurité Sites",
    ]
    with store.session() as db:
        lost = loss(db, room.network_id)
    assert (lost.sessions, lost.members) == (1, len(room.people))
    with store.transaction() as db:
        delete(db, room.network_id)
    assert [n.name for n in workspace.overview()] == ["Réseau Sécurité Sites"]
    with store.session() as db:
        assert [p.name for p in people(db, other)] == ["Léa"]


def test_upgrading_to_0005_gives_current_members_their_old_keys(db_path: Path) -> None:
    """Before 0005 keys followed the names; the upgrade numbers tiles the same way, so
    nobody's key moves on the day Cercle is updated (members who had left come after)."""
    from alembic import command
    from sqlalchemy import create_engine, text

    from app.store import open_store
    from app.store.database import _alembic_config

    engine = create_engine(f"sqlite:///{db_path}")
    config = _alembic_config()
    network = uuid.uuid4().hex
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
        connection.execute(
            text(
                "INSERT INTO networks (id, name, intention, ground_rules, autonomy_alignment, "
                "structuring, lifecycle_stage, target_rhythm_days, meeting_minutes, sponsor, "
                "created_at) VALUES (:id, 'Réseau', '', '', 50, 50, 'potential', 30, 120, '', "
                "'2026-01-01 09:00:00.000000')"
            ),
            {"id": network},
        )
        for name, left in (("Zoé", None), ("Émile", None), ("Anne", "2026-02-01"), ("Bob", None)):
            member = uuid.uuid4().hex
            connection.execute(
                text(
                    "INSERT INTO members (id, name, email, unit, created_at) "
                    "VALUES (:id, :name, NULL, '', '2026-01-01 09:00:00.000000')"
                ),
                {"id": member, "name": name},
            )
            connection.execute(
                text(
                    "INSERT INTO memberships (id, network_id, member_id, role, joined_on, "
                    "left_on) VALUES (:id, :n, :m, 'member', '2026-01-01', :left)"
                ),
                {"id": uuid.uuid4().hex, "n": network, "m": member, "left": left},
            )
        connection.commit()
    engine.dispose()
    with open_store(db_path) as store, store.session() as db:
        rows = {p.name: p.tile for p in people(db, uuid.UUID(network))}
    assert rows == {"Bob": 1, "Émile": 2, "Zoé": 3, "Anne": 4}
