"""The repertoire page searching a database on a PostgreSQL server, through the real window."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.clock import FakeClock
from app.methods import MethodCatalogue
from app.store import Store, open_store
from models import EntryKind
from tests.conftest import START, Shoot, make_room, open_window
from ui.shell.window import MainWindow

pytestmark = pytest.mark.postgresql


@pytest.fixture
def server_store(pg_location: Any) -> Iterator[Store]:
    with open_store(pg_location) as store:
        yield store


@pytest.fixture
def window(qtbot: QtBot, server_store: Store, methods: MethodCatalogue) -> Iterator[MainWindow]:
    room = make_room(server_store, FakeClock(START), methods)
    e = room.engine
    e.add_item("Revue des fournisseurs", "free")
    e.start_item()
    e.capture(
        EntryKind.DECISION,
        "Une seule grille d'audit pour tous les sites",
        body="Après trois trimestres d'essai, la décision est prise : la grille commune "
        "remplace les grilles locales dès l'été.",
    )
    e.capture(EntryKind.LEARNING, "Les écarts se voient mieux à deux", body="Audits croisés.")
    e.capture(EntryKind.TERM, "Décisionnaire", body="Qui tranche quand le réseau hésite.")
    window = open_window(qtbot, server_store, room.clock, methods, (1366, 768))
    yield window


def test_the_repertoire_page_finds_french_forms_on_a_server(
    qtbot: QtBot, window: MainWindow, shoot: Shoot
) -> None:
    window.open_repertoire()
    page = window.repertoire
    page.query.setText("décisions ete")
    page.run_search()
    rows = page.results.texts()
    assert [r[1].split(" — ")[0] for r in rows] == [
        "<b>Une seule grille d'audit pour tous les sites</b>"
    ]
    assert "<b>décision</b>" in rows[0][1]  # the form written, marked
    shoot(window, "repertoire-search-postgresql")
    page.query.setText("ecarts ")
    page.run_search()
    assert len(page.results.texts()) == 1
