"""Search keeps its promises on both backends; PostgreSQL adds French stemming.

Every test here runs on SQLite and on a real PostgreSQL server (``backend``), except the
ones about stemming and the server's setup, which are PostgreSQL's own.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from app.clock import FakeClock
from app.methods import MethodCatalogue
from app.repertoire_search import HIGHLIGHT, search
from app.store import Store, open_store
from app.workspace import Workspace
from models import EntryKind, RepertoireEntry
from tests.conftest import START, make_room

ENTRIES = (
    (EntryKind.DECISION, "Une décision sur l'été", "Le comité a pris sa décision en juin."),
    (EntryKind.LEARNING, "Élève et maître", "L'organisation apprenante réunit les équipes."),
    (EntryKind.TERM, "REX", 'Le "retour" d\'expérience (AND/OR) * & | ! : -- 🙂'),
    (EntryKind.PRACTICE, "Ete sans accent", "Chaque ÉTÉ les achats ferment."),
)


@pytest.fixture
def ws(store: Store, methods: MethodCatalogue) -> Workspace:
    room = make_room(store, FakeClock(START), methods)
    for kind, title, body in ENTRIES:
        room.engine.capture(kind, title, body=body)
    return Workspace(store, room.clock, methods)


def titles(hits: list[Any]) -> set[str]:
    return {h.title for h in hits}


HOSTILE = (
    '"',
    "'",
    "''",
    "\\",
    "*",
    "-rex",
    "rex*",
    "rex OR été",
    "NEAR(rex",
    "a & b | !c",
    "rex:*",
    "rex:A",
    "(rex",
    "rex )",
    "été & !",
    "<->",
    "🙂",
    "rex 🙂",
    "\x00rex",
    "\ufeffrex",
    "r" * 10_000,
    ("rex " * 2_500),
    "𝕣𝕖𝕩",
    "ﬁn",
    "é" * 300,
    "l'été",
    "décision's",
    "OR AND NOT",
    "AND OR",
    "$1",
    "%s",
    "%(x)s",
    ":tp0",
)


@pytest.fixture(
    scope="module",
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)],
)
def read_only_ws(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    methods: MethodCatalogue,
) -> Iterator[Workspace]:
    """``ws``'s workspace built once per backend for the tests that only search it (35 hostile
    queries each): searching writes nothing, and the module's end checks that."""
    from tests import pg_server as server

    recycler, name = None, ""
    location: Any = tmp_path_factory.mktemp("search") / "cercle.sqlite3"
    if request.param == "postgresql":
        recycler = request.getfixturevalue("pg_recycler")
        name = recycler.take()
        location = server.location(request.getfixturevalue("pg_server"), name)
    try:
        with open_store(location) as store:
            room = make_room(store, FakeClock(START), methods)
            for kind, title, body in ENTRIES:
                room.engine.capture(kind, title, body=body)
            before = dump(store)
            yield Workspace(store, room.clock, methods)
            assert dump(store) == before, "a search changed the shared database"
    finally:
        if recycler is not None:
            recycler.give_back(name)


def dump(store: Store) -> list[tuple[Any, ...]]:
    with store.session() as db:
        return [tuple(row) for row in db.execute(select(RepertoireEntry.__table__))]


@pytest.mark.parametrize("typed", HOSTILE, ids=range(len(HOSTILE)))
def test_any_typed_text_is_a_valid_query_on_both_backends(
    read_only_ws: Workspace, typed: str
) -> None:
    hits = read_only_ws.search(typed)
    if typed in FIND_REX:
        assert "REX" in titles(hits)


# Hostile texts whose words are all in the entry « REX »: they must still find it.
FIND_REX = {"-rex", "rex*", "rex:*", "rex:A", "(rex", "rex )", "rex 🙂", "\x00rex", "\ufeffrex"}
FIND_REX |= {"rex " * 2_500, "AND OR"}


def test_accents_and_case_are_ignored_both_ways(ws: Workspace) -> None:
    for typed in ("ete ", "été ", "ÉTÉ ", "Ete "):
        assert {"Une décision sur l'été", "Ete sans accent"} <= titles(ws.search(typed)), typed
    assert titles(ws.search("eleve")) == {"Élève et maître"}
    assert titles(ws.search("MAITRE")) == {"Élève et maître"}


def test_the_last_word_is_a_prefix_from_two_letters(ws: Workspace) -> None:
    assert titles(ws.search("organisati")) == {"Élève et maître"}
    assert titles(ws.search("organisati ")) == set()  # a finished word is a word
    assert len(ws.search("o")) == len(ws.search(""))  # one letter: nothing narrowed yet


def test_words_inside_paths_addresses_and_numbers_are_found(ws: Workspace) -> None:
    with ws.store.transaction() as db:
        from app.repertoire import capture

        network = db.scalars(select(RepertoireEntry.network_id)).first()
        assert network is not None
        capture(
            db,
            network_id=network,
            kind=EntryKind.IDEA,
            title="Achats/qualité : écrire à lea.martin@exemple.fr",
            body="Voir intranet.exemple.fr/charte-réseau, version 2.5",
            now=START,
        )
    for typed in ("qualité ", "achats ", "martin ", "exemple ", "charte ", "intranet "):
        assert "Achats/qualité : écrire à lea.martin@exemple.fr" in titles(ws.search(typed))


def test_snippets_mark_the_matched_words_in_the_original_text(ws: Workspace) -> None:
    [hit] = ws.search("organisation apprenante")
    opening, closing = HIGHLIGHT
    assert f"{opening}organisation{closing}" in hit.snippet
    assert f"{opening}apprenante{closing}" in hit.snippet
    [hit] = ws.search("achats ferm")
    assert f"{opening}ferment{closing}" in hit.snippet


def test_filters_and_confidentiality_hold_on_both_backends(ws: Workspace) -> None:
    from app.confidentiality import Reader
    from app.repertoire_search import SearchFilters

    terms = SearchFilters(kinds=(EntryKind.TERM,))
    assert titles(ws.search("rex", terms)) == {"REX"}
    assert ws.search("rex", SearchFilters(kinds=(EntryKind.IDEA,))) == []
    with ws.store.transaction() as db:
        entry = next(h for h in search(db, "rex") if h.title == "REX")
        db.execute(
            text("UPDATE repertoire_entries SET confidential = :yes WHERE title = 'REX'"),
            {"yes": True},
        )
    assert entry.confidential is False
    others = SearchFilters(reader=Reader.OTHER_NETWORK)
    assert ws.search("rex", others) == []
    assert titles(ws.search("rex")) == {"REX"}  # the facilitator still finds it


# --- PostgreSQL's own ----------------------------------------------------------------------------


@pytest.fixture
def pg_ws(pg_location: Any, methods: MethodCatalogue) -> Iterator[Workspace]:
    with open_store(pg_location) as store:
        room = make_room(store, FakeClock(START), methods)
        for kind, title, body in ENTRIES:
            room.engine.capture(kind, title, body=body)
        yield Workspace(store, room.clock, methods)


@pytest.mark.postgresql
def test_french_stemming_finds_the_other_forms_of_a_word(pg_ws: Workspace) -> None:
    assert titles(pg_ws.search("décisions ")) == {"Une décision sur l'été"}
    assert titles(pg_ws.search("decisions")) == {"Une décision sur l'été"}
    assert titles(pg_ws.search("apprenantes ")) == {"Élève et maître"}
    [hit] = pg_ws.search("décisions ")
    opening, closing = HIGHLIGHT
    assert f"{opening}décision{closing}" in hit.snippet  # the form written, accents kept


@pytest.mark.postgresql
def test_the_index_is_used_and_computed_by_the_database(pg_ws: Workspace) -> None:
    with pg_ws.store.transaction() as db:
        configurations = set(
            db.scalars(text("SELECT cfgname FROM pg_ts_config WHERE cfgname LIKE 'cercle_%'"))
        )
        index = db.scalar(
            text(
                "SELECT indexdef FROM pg_indexes WHERE tablename = 'repertoire_entries' "
                "AND indexname = 'ix_repertoire_entries_search_vector'"
            )
        )
        db.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(
            db.scalars(
                text(
                    "EXPLAIN SELECT id FROM repertoire_entries "
                    "WHERE search_vector @@ to_tsquery('cercle_simple', 'rex')"
                )
            )
        )
    assert configurations == {"cercle_fr", "cercle_simple"}
    assert index is not None and "gin" in index.lower()
    assert "ix_repertoire_entries_search_vector" in plan


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=60))
@pytest.mark.postgresql
def test_any_generated_text_is_a_valid_query_on_postgresql(pg_ws: Workspace, query: str) -> None:
    pg_ws.search(query)  # never raises


@pytest.mark.postgresql
def test_a_role_that_may_not_create_unaccent_is_told_what_to_ask_nothing_changed(
    pg_server: str,
) -> None:
    from sqlalchemy import make_url

    from app.store import StoreError
    from app.store.address import ServerDatabase
    from tests import pg_server as server

    name = server.database_name("limited_" + uuid.uuid4().hex[:8])
    role = "cercle_limited_" + server.worker()
    server.recreate(pg_server, name)
    server._run(
        pg_server,
        f'DROP ROLE IF EXISTS "{role}"',
        f'CREATE ROLE "{role}" LOGIN',
        f'GRANT CONNECT ON DATABASE "{name}" TO "{role}"',
        f'REVOKE CREATE ON DATABASE "{name}" FROM PUBLIC',
    )
    server._run(
        str(make_url(pg_server).set(database=name)),
        f'GRANT ALL ON SCHEMA public TO "{role}"',
    )
    try:
        limited = ServerDatabase(make_url(pg_server).set(database=name, username=role))
        with pytest.raises(StoreError) as refused:
            open_store(limited)
        message = str(refused.value)
        assert "unaccent" in message and "CREATE EXTENSION unaccent;" in message
        assert "\n" not in message and "Traceback" not in message
        engine = server._admin(str(make_url(pg_server).set(database=name)))
        try:
            with engine.connect() as connection:
                tables = connection.scalar(
                    text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
                )
        finally:
            engine.dispose()
        assert tables == 0  # the migrations' one transaction rolled back
    finally:
        server.drop(pg_server, name)
        server._run(pg_server, f'DROP OWNED BY "{role}"', f'DROP ROLE IF EXISTS "{role}"')


def test_a_text_longer_than_any_backend_holds_is_refused_in_a_sentence(ws: Workspace) -> None:
    from app.engine.errors import EngineError
    from app.repertoire_curation import edit

    before = len(ws.search(""))
    with pytest.raises(EngineError) as refused, ws.store.transaction() as db:
        network = db.scalars(select(RepertoireEntry.network_id)).first()
        assert network is not None
        from app.repertoire import capture

        capture(db, network_id=network, kind=EntryKind.TOOL, title="x" * 501, now=START)
    assert "500" in str(refused.value) and "501" in str(refused.value)
    assert len(ws.search("")) == before  # nothing stored
    [hit] = ws.search("REX ")
    with pytest.raises(EngineError), ws.store.transaction() as db:
        edit(db, hit.id, now=START, title="REX " + "é" * 497)
    with ws.store.transaction() as db:
        edit(db, hit.id, now=START, title="é" * 500)  # exactly the limit: kept whole
    assert [h.title for h in ws.search("")].count("é" * 500) == 1


def test_with_nothing_typed_a_long_body_stops_after_a_whole_word_and_says_so(
    ws: Workspace, store: Store
) -> None:
    long = " ".join(["Le réseau relit ses règles à chaque ouverture de séance."] * 5)
    with store.session() as db:
        entry = db.scalars(select(RepertoireEntry).where(RepertoireEntry.title == "REX")).one()
        entry.body = long
        db.commit()
    hits = {h.title: h.snippet for h in ws.search("")}
    assert hits["REX"].endswith("…") and len(hits["REX"]) <= 161
    assert long.startswith(hits["REX"][:-1]) and long[len(hits["REX"]) - 1] == " "
    assert hits["Ete sans accent"] == "Chaque ÉTÉ les achats ferment."  # short: whole
