"""Steering across networks: every network side by side, as its own health page says it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event, select

from app.methods import MethodCatalogue
from app.organisation import NetworkVitals, Organisation, organisation
from app.planning import add_member, create_network, plan_meeting
from app.repertoire import capture
from app.steering import Dashboard, dashboard
from app.steering_history import load_history
from app.store import Store
from app.synthetic import Scale, generate
from models import (
    EntryKind,
    MeetingStatus,
    Membership,
    Network,
)
from tests.conftest import DEMO_NOW

TODAY = DEMO_NOW.date()


def small_organisation(
    store: Store, methods: MethodCatalogue, networks: int = 4, seed: int = 19
) -> None:
    """The demo's network plus generated ones: years of monthly sessions, ROTI-free."""
    generate(
        store,
        Scale(
            networks=networks,
            years=1,
            members=(3, 9),
            turns_per_session=12,
            entries_per_session=6,
        ),
        methods,
        seed=seed,
    )


def assert_row_says_what_the_page_says(row: NetworkVitals, page: Dashboard) -> None:
    assert row.name == page.profile.name
    assert row.mass == page.mass
    assert row.sessions_held == page.sessions_held
    assert row.rhythm.days == page.rhythm.days
    assert row.rhythm.alert == page.rhythm.alert
    assert row.rhythm.mean_days == pytest.approx(page.rhythm.mean_days)
    assert row.balance == pytest.approx(page.balance)
    assert row.roti == (page.roti[-1] if page.roti else None)
    assert row.roti_falling == page.roti_falling
    assert row.follow == page.follow
    assert row.next_session == (page.planned[0].start if page.planned else None)
    assert row.warnings == page.warnings
    assert row.alerts == page.alerts


def test_each_networks_row_says_what_its_own_health_page_says(
    demo_store: Store, methods: MethodCatalogue
) -> None:
    small_organisation(demo_store, methods)
    with demo_store.transaction() as db:
        # A network nobody joined yet, and one whose last session nobody attended (the
        # speaking balance then reaches back to the sessions people came to).
        create_network(db, "Réseau vide", DEMO_NOW)
        quiet = db.scalars(select(Network).where(Network.name != "Réseau vide")).first()
        assert quiet is not None
        last = plan_meeting(db, quiet, DEMO_NOW - timedelta(days=3), 60, title="Sans personne")
        last.status = MeetingStatus.CLOSED
        last.started_at = DEMO_NOW - timedelta(days=3)
    with demo_store.session() as db:
        org = organisation(db, TODAY)
        pages = {
            n.id: dashboard(load_history(db, n.id), TODAY) for n in db.scalars(select(Network))
        }
    assert len(org.networks) == 6
    assert any(r.roti is not None for r in org.networks)  # the demo's ROTI rounds
    assert any(r.warnings for r in org.networks) and any(r.balance for r in org.networks)
    for row in org.networks:
        assert_row_says_what_the_page_says(row, pages[row.id])
    empty = next(r for r in org.networks if r.name == "Réseau vide")
    assert empty.mass.members == 0 and not empty.alerts["mass"] and empty.alerts["next"]


def test_archived_networks_are_apart_and_shared_members_and_terms_are_named(
    store: Store,
) -> None:
    now = datetime(2026, 3, 2, 9, tzinfo=UTC)
    with store.transaction() as db:
        quality = create_network(db, "Réseau Qualité", now)
        safety = create_network(db, "Réseau Sécurité", now)
        old = create_network(db, "Ancien réseau", now)
        lea = add_member(db, quality, "Léa Martin", now)
        karim = add_member(db, safety, "Karim Haddad", now)
        for network in (safety, old):
            db.add(Membership(network=network, member=lea, joined_on=now.date()))
        db.add(Membership(network=old, member=karim, joined_on=now.date()))
        for network, body in ((quality, "Retour d'expérience"), (safety, "Réunion express")):
            capture(db, network_id=network.id, kind=EntryKind.TERM, title="REX", body=body, now=now)
        # A confidential definition is never the sponsor's to read.
        for network, body in ((quality, "Plan Ariane"), (safety, "Plan Borée")):
            capture(
                db,
                network_id=network.id,
                kind=EntryKind.TERM,
                title="Plan",
                body=body,
                now=now,
                confidential=True,
            )
        old.archived_at = now
    with store.session() as db:
        org = organisation(db, now.date())
    assert [r.name for r in org.networks] == ["Réseau Qualité", "Réseau Sécurité"]
    assert [r.name for r in org.archived] == ["Ancien réseau"]
    assert org.archived[0].archived_at == now
    # Shared between the active networks only: Karim's other network is archived.
    assert org.coexistence.shared_members == (("Réseau Qualité", "Réseau Sécurité", 1),)
    assert org.coexistence.people == (("Léa Martin", ("Réseau Qualité", "Réseau Sécurité")),)
    assert [term for term, _d in org.coexistence.term_conflicts] == ["REX"]


@pytest.mark.sqlite_only  # app.synthetic's bulk insert is SQLite's own SQL
def test_the_view_reads_all_networks_in_the_same_few_queries(
    store: Store, methods: MethodCatalogue
) -> None:
    """Forty networks cost what one does: no per-network query (no dashboard called 40 times)."""

    def queries(expected_networks: int) -> int:
        statements: list[str] = []

        def count(*args: object) -> None:
            statements.append(str(args[2]))

        engine = store.engine
        event.listen(engine, "before_cursor_execute", count)
        try:
            with store.session() as db:
                org = organisation(db, TODAY)
        finally:
            event.remove(engine, "before_cursor_execute", count)
        assert len(org.networks) == expected_networks
        return len(statements)

    small_organisation(store, methods, networks=1)
    one = queries(1)
    with store.transaction() as db:
        for network in db.scalars(select(Network)):
            network.name += " bis"
    small_organisation(store, methods, networks=3, seed=20)
    assert queries(4) == one


def test_an_empty_database_has_nothing_to_compare(store: Store) -> None:
    with store.session() as db:
        org = organisation(db, date(2026, 1, 1))
    assert org == Organisation(date(2026, 1, 1), (), (), org.coexistence)
    assert org.coexistence.shared_members == () and org.coexistence.people == ()
