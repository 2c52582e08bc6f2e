"""The shared repertoire: search as you type, curation with history, soft deletion."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from app.clock import FakeClock
from app.engine.errors import EngineError
from app.methods import MethodCatalogue
from app.repertoire import DuplicateTermError
from app.repertoire_search import HIGHLIGHT, SearchFilters, fts_query
from app.store import Store
from app.workspace import Workspace
from models import ActionStatus, EntryKind, EntryStatus
from tests.conftest import Room


@pytest.fixture
def ws(room: Room) -> Workspace:
    return Workspace(room.store, room.clock, room.engine.methods)


@pytest.fixture
def filled(room: Room) -> Room:
    e = room.engine
    e.add_item("Codéveloppement — cas de Léa", "codev")
    e.start_item()
    e.capture(EntryKind.TERM, "Codéveloppement", body="Méthode de Payette et Champagne")
    e.capture(EntryKind.PRACTICE, "Le réseau relit ses règles", body="Chaque trimestre")
    e.capture(EntryKind.DECISION, "Les audits croisés deviennent la règle")
    e.capture(EntryKind.IDEA, "Impliquer le fournisseur X", confidential=True)
    e.capture(
        EntryKind.ACTION,
        "Envoyer la grille d'audit",
        owner_id=room["Sofia"],
        due_on=room.clock.now().date() - timedelta(days=2),
    )
    return room


def titles(hits: list) -> list[str]:
    return [h.title for h in hits]


def test_search_as_you_type_ignores_accents_and_finds_prefixes(filled: Room, ws: Workspace) -> None:
    assert titles(ws.search("codév")) == ["Codéveloppement"]
    assert titles(ws.search("codev")) == ["Codéveloppement"]
    assert titles(ws.search("reseau")) == ["Le réseau relit ses règles"]
    assert titles(ws.search("RÉSEAU règles ")) == ["Le réseau relit ses règles"]
    assert "Payette" in ws.search("payette")[0].snippet
    [hit] = ws.search("trimestre")
    assert hit.snippet == f"Chaque {HIGHLIGHT[0]}trimestre{HIGHLIGHT[1]}"
    assert set(titles(ws.search("audit"))) == {
        "Les audits croisés deviennent la règle",
        "Envoyer la grille d'audit",
    }


def test_filters_by_kind_status_session_and_confidentiality(filled: Room, ws: Workspace) -> None:
    only_terms = SearchFilters(kinds=(EntryKind.TERM,))
    assert titles(ws.search("", only_terms)) == ["Codéveloppement"]
    shared = SearchFilters(include_confidential=False)
    assert "Impliquer le fournisseur X" not in titles(ws.search("", shared))
    session = SearchFilters(meeting_id=filled.meeting_id, network_id=filled.network_id)
    assert len(ws.search("", session)) == 5
    assert ws.search("", SearchFilters(statuses=(EntryStatus.ADOPTED,))) == []
    today = filled.clock.now().date()
    assert len(ws.search("", SearchFilters(since=today, until=today))) == 5
    assert ws.search("", SearchFilters(since=today + timedelta(days=1))) == []


@settings(max_examples=150, deadline=None)
@given(query=st.text(max_size=40))
def test_any_typed_text_is_a_valid_query(store_for_hypothesis: Workspace, query: str) -> None:
    store_for_hypothesis.search(query)  # never raises


@pytest.fixture(scope="module")
def store_for_hypothesis(
    tmp_path_factory: pytest.TempPathFactory, methods: MethodCatalogue
) -> Workspace:
    from app.store import open_store
    from tests.conftest import START, make_room

    store = open_store(tmp_path_factory.mktemp("h") / "h.sqlite3")
    room = make_room(store, FakeClock(START), methods)
    room.engine.capture(EntryKind.TERM, "REX", body='Le "retour" d\'expérience (AND/OR) *')
    return Workspace(store, room.clock, methods)


@pytest.mark.parametrize(
    "typed",
    ['"', 'rex"', "rex*", "-rex", "(rex", "rex OR", "NEAR(rex", "AND", "rex )", "^rex", "r"],
)
def test_hostile_queries_never_raise_and_still_find(
    store_for_hypothesis: Workspace, typed: str
) -> None:
    hits = store_for_hypothesis.search(typed)
    if any(len(w) > 1 and w.lower().startswith("rex") for w in typed.split()):
        assert titles(hits) == ["REX"]


def test_fts_query_is_words_only() -> None:
    assert fts_query('codév "OR" -xy*') == '"codév" "OR" "xy"*'
    assert fts_query("rex ") == '"rex"'
    assert fts_query("a") is None and fts_query("  ") is None and fts_query('"') is None


def test_editing_keeps_every_version_and_restores_one(filled: Room, ws: Workspace) -> None:
    [hit] = ws.search("relit")
    filled.clock.advance(minutes=5)
    ws.edit_entry(hit.id, title="Le réseau relit sa charte", status=EntryStatus.ADOPTED)
    filled.clock.advance(minutes=5)
    entry = ws.edit_entry(hit.id, body="Chaque semestre")
    assert (entry.title, entry.body, entry.status) == (
        "Le réseau relit sa charte",
        "Chaque semestre",
        EntryStatus.REVISED,
    )
    assert [r.title for r in entry.revisions] == [
        "Le réseau relit sa charte",
        "Le réseau relit ses règles",
    ]
    first = entry.revisions[-1]
    entry = ws.restore_revision(first.id)
    assert (entry.title, entry.body) == ("Le réseau relit ses règles", "Chaque trimestre")
    assert len(entry.revisions) == 3  # restoring is an edit too: nothing is lost
    assert titles(ws.search("charte")) == []
    # « ses »: PostgreSQL's French stemming finds « la règle » for « règles » alone.
    assert titles(ws.search("ses règles")) == ["Le réseau relit ses règles"]


def test_soft_deletion_hides_from_search_and_comes_back(filled: Room, ws: Workspace) -> None:
    [hit] = ws.search("croisés")
    ws.delete_entry(hit.id)
    assert ws.search("croisés") == []
    assert ws.entry(hit.id).deleted
    ws.undelete_entry(hit.id)
    assert titles(ws.search("croisés")) == ["Les audits croisés deviennent la règle"]


def test_terms_stay_unique_when_renamed_or_restored(filled: Room, ws: Workspace) -> None:
    e = filled.engine
    rex = e.capture(EntryKind.TERM, "REX")
    with pytest.raises(DuplicateTermError):
        ws.edit_entry(rex, title="codeveloppement")
    ws.delete_entry(rex)
    e.capture(EntryKind.TERM, "rex", body="la nouvelle définition")
    with pytest.raises(DuplicateTermError):
        ws.undelete_entry(rex)
    with pytest.raises(EngineError, match="besoin d'un texte"):
        ws.edit_entry(rex, title="  ")


def test_the_actions_view_puts_overdue_first(filled: Room, ws: Workspace) -> None:
    e = filled.engine
    e.capture(EntryKind.ACTION, "Inviter la DSI", owner_id=filled["Léa"], due_on=date(2026, 6, 1))
    assert [(a.title, a.overdue) for a in ws.actions()] == [
        ("Envoyer la grille d'audit", True),
        ("Inviter la DSI", False),
    ]
    assert [a.title for a in ws.actions(owner_id=filled["Léa"])] == ["Inviter la DSI"]
    assert [a.title for a in ws.actions(overdue_only=True)] == ["Envoyer la grille d'audit"]
    ws.set_action_status(ws.actions()[0].id, ActionStatus.DONE)
    assert [a.title for a in ws.actions()] == ["Inviter la DSI"]


def test_search_across_networks_or_one(
    filled: Room, ws: Workspace, store: Store, backend: str
) -> None:
    from app.planning import create_network
    from app.repertoire import capture

    with store.transaction() as db:
        other = create_network(db, "Réseau RH", filled.clock.now())
        capture(
            db,
            network_id=other.id,
            kind=EntryKind.PRACTICE,
            title="Les audits d'entretien annuel",
            now=filled.clock.now(),
        )
        other_id = other.id
    # One in each network and « la grille d'audit » where French stemming is on (PostgreSQL);
    # on SQLite « audit » is not « audits… ».
    assert len(ws.search("audits")) == (3 if backend == "postgresql" else 2)
    mine = ws.search("audits", SearchFilters(network_id=other_id))
    assert [(h.title, h.network) for h in mine] == [("Les audits d'entretien annuel", "Réseau RH")]


def test_the_booklet_holds_the_glossary_in_french_order(
    room: Room, ws: Workspace, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from app.export.booklet import export_booklet

    e = room.engine
    for term in ("Zone de confiance", "écart", "Étape", "abc", "Équipe", "Retiré", "Secret"):
        e.capture(EntryKind.TERM, term, body=f"définition de {term}", confidential=term == "Secret")
    e.capture(EntryKind.PRACTICE, "Pratique seulement proposée")
    adopted = e.capture(EntryKind.PRACTICE, "Relire la charte <b>ensemble</b>")
    ws.edit_entry(adopted, status=EntryStatus.ADOPTED)
    [retired] = ws.search("Retiré", SearchFilters(kinds=(EntryKind.TERM,)))
    ws.edit_entry(retired.id, status=EntryStatus.RETIRED)
    out = export_booklet(room.store, room.network_id, room.clock.now(), tmp_path / "livret.pdf")
    content = " ".join(p.extract_text() for p in PdfReader(out).pages)
    glossary = content[content.index("Glossaire") : content.index("Bonnes pratiques")]
    order = [glossary.index(t) for t in ("abc", "écart", "Équipe", "Étape", "Zone de confiance")]
    assert order == sorted(order)
    assert "Secret" not in content and "Retiré" not in glossary
    assert "Pratique seulement proposée" not in content
    assert "Relire la charte <b>ensemble</b>" in content
    assert "séance 1 du 12/03/2026" in content


def test_many_matches_come_newest_first(
    filled: Room, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled.clock.advance(minutes=1)
    filled.engine.capture(EntryKind.DECISION, "Nouvel audit des règles")
    ranked = titles(ws.search("règle"))
    monkeypatch.setattr("app.repertoire_search.RANKED", 1)  # as with thousands of matches
    assert titles(ws.search("règle"))[0] == "Nouvel audit des règles"
    assert sorted(titles(ws.search("règle"))) == sorted(ranked)


def test_an_entry_is_read_whole_in_three_statements(filled: Room, ws: Workspace) -> None:
    """The detail is read each time the selection moves: the entry with its network, session
    and owner; its revisions with who made them; its authors. No more, however many."""
    [hit] = ws.search("grille")
    for minutes, title in ((5, "Envoyer la grille"), (5, "Envoyer la grille d'audit v2")):
        filled.clock.advance(minutes=minutes)
        ws.edit_entry(hit.id, title=title)
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(filled.store.engine, "before_cursor_execute", count)
    try:
        entry = ws.entry(hit.id)
    finally:
        event.remove(filled.store.engine, "before_cursor_execute", count)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 3
    assert entry.owner == "Sofia" and entry.session is not None
    assert [r.title for r in entry.revisions] == ["Envoyer la grille", "Envoyer la grille d'audit"]
