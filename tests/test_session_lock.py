"""One running session, one Cercle — on a server, per session, not per database.

Two Cercles are two stores on the same server database (two real connections, as two
laptops would have).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import text

from app.clock import FakeClock
from app.methods import MethodCatalogue
from app.planning import create_network, plan_meeting
from app.store import AlreadyOpenError, Store, open_store
from app.store.address import ServerDatabase
from app.store.session_lock import SessionInUseError, hold_session, lock_key
from app.workspace import Workspace
from tests.conftest import START


@pytest.fixture
def two_cercles(pg_location: ServerDatabase) -> Iterator[tuple[Store, Store]]:
    with open_store(pg_location) as first, open_store(pg_location) as second:
        yield first, second


def _two_sessions(store: Store) -> tuple[uuid.UUID, uuid.UUID]:
    with store.transaction() as db:
        network = create_network(db, "Réseau Qualité", START)
        one = plan_meeting(db, network, START, 120).id
        two = plan_meeting(db, network, START + timedelta(days=30), 120).id
    return one, two


@pytest.mark.postgresql
def test_a_session_driven_by_one_cercle_is_refused_to_another_in_a_sentence(
    two_cercles: tuple[Store, Store],
) -> None:
    laptop_a, laptop_b = two_cercles
    one, two = _two_sessions(laptop_a)
    held = hold_session(laptop_a, one)
    assert held.held
    with pytest.raises(SessionInUseError) as refused:
        hold_session(laptop_b, one)
    message = str(refused.value)
    assert isinstance(refused.value, AlreadyOpenError)  # what the window already tells
    assert message.startswith("Cette séance est déjà ouverte dans une autre fenêtre Cercle")
    assert str(laptop_a.location) in message
    # The other session is free, and the database is not locked: B reads and writes.
    other = hold_session(laptop_b, two)
    with laptop_b.transaction() as db:
        create_network(db, "Réseau RH", START)
    with laptop_b.session() as db:
        assert db.execute(text("SELECT count(*) FROM networks")).scalar() == 2
    # Once A lets it go, B may drive it.
    held.release()
    again = hold_session(laptop_b, one)
    again.release()
    other.release()


@pytest.mark.postgresql
def test_a_cercle_that_disappears_frees_its_session(pg_location: ServerDatabase) -> None:
    laptop_a = open_store(pg_location)
    one, _two = _two_sessions(laptop_a)
    hold_session(laptop_a, one)
    laptop_a.close()  # the process ends or the network drops: the server ends the connection
    with open_store(pg_location) as laptop_b:
        hold_session(laptop_b, one).release()


@pytest.mark.postgresql
def test_the_lock_is_per_session_and_lives_on_its_own_connection(
    two_cercles: tuple[Store, Store],
) -> None:
    laptop_a, _laptop_b = two_cercles
    one, two = _two_sessions(laptop_a)
    assert lock_key(one) != lock_key(two)
    assert -(2**63) <= lock_key(one) < 2**63
    held = hold_session(laptop_a, one)
    with laptop_a.engine.connect() as connection:
        locks = connection.execute(
            text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted")
        ).scalar()
    assert locks == 1
    held.release()
    held.release()  # twice is harmless


def test_on_a_file_the_files_own_lock_is_the_sessions(db_path: object) -> None:
    with open_store(db_path) as store:  # type: ignore[arg-type]
        one, _two = _two_sessions(store)
        held = hold_session(store, one)
        assert not held.held  # nothing more to hold: no other Cercle has the file
        held.release()


@pytest.mark.postgresql
def test_the_workspace_drives_one_session_and_lets_it_go(
    two_cercles: tuple[Store, Store], methods: MethodCatalogue
) -> None:
    laptop_a, laptop_b = two_cercles
    one, two = _two_sessions(laptop_a)
    clock = FakeClock(START)
    cercle_a, cercle_b = Workspace(laptop_a, clock, methods), Workspace(laptop_b, clock, methods)
    cercle_a.drive(one)
    with pytest.raises(SessionInUseError):
        cercle_b.drive(one)
    assert cercle_b.hub.live is None
    cercle_b.overview()  # B's home page and every other page work meanwhile
    cercle_b.drive(two)
    cercle_a.stop_driving()
    assert cercle_a.hub.live is None
    cercle_b.drive(one)  # B moves to the first session: it lets the second go
    cercle_a.drive(two)
    cercle_a.stop_driving()
    cercle_b.stop_driving()
