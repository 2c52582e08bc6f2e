"""Whatever a person types or pastes goes through capture, search, CSV import and every
export without an exception, prints literally, and never opens a network connection."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from app.clock import FakeClock
from app.engine.errors import EngineError
from app.export.booklet import export_booklet
from app.export.health import export_health
from app.export.minutes import export_minutes
from app.export.minutes_data import Options
from app.export.pdf import text as pdf_text
from app.i18n import set_language
from app.members_import import apply, preview
from app.methods import MethodCatalogue
from app.planning import create_network, plan_meeting
from app.repertoire import TITLE_LENGTH
from app.repertoire_search import SearchFilters, search
from app.store import Store, open_store
from app.text import BrokenTextError
from models import EntryKind, Network
from tests.conftest import START, Room, make_room

HOSTILE = (
    "<b>gras</b> & <i>ita</i> <img src='http://example.com/x.png'/> <font size=80>",
    "&amp; &lt;script&gt; &#0; &nbsp; &unknown;",
    "<para><link href='file:///etc/passwd'>lien</link></para>",
    "]]><!-- --><?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'http://x'>]>",
    "مرحبا بالعالم — שלום עולם",
    "Bravo 🎉👍🏽 l'équipe 👨‍👩‍👧 ✌️",
    "Note\u202f: «\u202fbien\u202f»",
    "bip\x07\x00 fin\x1b[31m rouge \r\n\tretour",
    '"codév* OR NEAR(a b) -x AND (" ^ : {}',
    "x" * 2_000,
    ("Une phrase assez longue pour remplir une page entière. " * 50).strip(),
    "Bonjour \ud83d le monde",  # half of a character
    "\udfff",
    "%s %d {0} {name} %(x)s \\N{BULLET}",
    "'; DROP TABLE members; --",
    "\u202eédoc\u202c \u200b\u200d\ufeff",
)
MARKUP = st.sampled_from(["<", ">", "&", "&amp;", "&#x41;", "<br/>", "</para>", '"', "'", "]]>"])
FTS = st.sampled_from(['"', "*", "-", "OR", "NEAR", "AND", "NOT", "(", ")", "^", ":", "+"])
CONTROL = st.characters(min_codepoint=0, max_codepoint=0x1F) | st.sampled_from("\x7f\x85\u2028")
RTL = st.characters(min_codepoint=0x0590, max_codepoint=0x06FF)
EMOJI = st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF) | st.sampled_from(
    ["\ufe0f", "\u200d", "\U0001f3fd"]
)
SURROGATE = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
LONG_WORD = st.integers(300, 2_500).map(lambda n: "é" * n)
PIECES = st.one_of(
    st.text(min_size=1, max_size=12), MARKUP, FTS, CONTROL, RTL, EMOJI, SURROGATE, LONG_WORD
)
HOSTILE_TEXT = st.one_of(
    st.sampled_from(HOSTILE),
    st.lists(PIECES, min_size=1, max_size=12).map(" ".join),
    st.lists(PIECES, min_size=1, max_size=6).map("".join),
    st.text(),
)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Every attempt to connect anywhere is refused and recorded."""
    attempts: list[object] = []

    def refuse(_self: Any, address: object, *_: Any) -> Any:
        attempts.append(address)
        raise ConnectionRefusedError("Cercle's tests refuse network connections")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda address, *a, **k: refuse(None, address))
    yield attempts


def literal(value: str) -> str:
    """What of ``value`` a reader must find in the PDF's text, spaces made one."""
    return re.sub(r"\s+", " ", value).strip()


class Campaign:
    """Strings go into one running session (and a second network for the imports); after
    each round of exports a fresh database starts, so that a long run stays linear."""

    def __init__(self, folder: Path, methods: MethodCatalogue) -> None:
        self.folder, self.methods = folder, methods
        self.captured: list[str] = []
        self.tried = 0
        self.refused = 0
        self.exports = 0
        self.store = self._fresh()

    def _fresh(self) -> Store:
        self.store = open_store(self.folder / f"cercle-{self.exports}.sqlite3")
        self.room = make_room(self.store, FakeClock(START), self.methods)
        self.room.engine.add_item("Libre", "free", 120)
        self.room.engine.start_item()
        with self.store.transaction() as db:
            self.import_network = create_network(db, "Réseau des imports", START).id
        return self.store

    def close(self) -> None:
        self.store.close()

    def try_one(self, value: str) -> None:
        self.tried += 1
        engine, room = self.room.engine, self.room
        broken = re.search(r"[\ud800-\udfff]", value) is not None
        try:
            engine.capture(EntryKind.DECISION, value, body=value)
            engine.capture(EntryKind.TOOL, value)  # tools go to the newcomer's booklet
            engine.capture(EntryKind.ACTION, value, owner_id=room["Léa"], due_on=date(2026, 4, 1))
        except BrokenTextError:
            assert broken
            self.refused += 1
        except EngineError:
            # Only an empty text, or one longer than every backend holds, is refused.
            too_long = len(value.strip()) > TITLE_LENGTH
            assert not value.strip() or broken or too_long, value
            self.refused += 1
        else:
            assert not broken
            self.captured.append(value)
        with self.store.session() as db:
            search(db, value)
            search(db, value[:40], SearchFilters(tag=value[:40], network_id=room.network_id))
        self._import(value)

    def _import(self, value: str) -> None:
        line = io.StringIO()
        whole = re.sub(r"[\ud800-\udfff]", "", value)
        csv.writer(line, delimiter=";").writerows([["Nom", "Prénom"], [whole, "Léa"]])
        data = line.getvalue().encode("utf-8")
        with self.store.transaction() as db:
            previewed = preview(db, self.import_network, data)
            if not previewed.problem:
                apply(db, previewed, self.room.clock.now())

    def export_all(self, renew: bool = True) -> None:
        """Minutes, booklet and sponsor report of everything captured so far, read back."""
        room = self.room
        self.exports += 1
        minutes = self.folder / f"minutes-{self.exports}.pdf"
        export_minutes(
            self.store,
            room.meeting_id,
            room.engine.methods,
            room.clock.now(),
            minutes,
            Options(include_confidential=True),
        )
        booklet = export_booklet(
            self.store, room.network_id, room.clock.now(), self.folder / "booklet.pdf"
        )
        report = export_health(
            self.store, room.network_id, room.clock.now(), self.folder / "sponsor.pdf"
        )
        for document in (minutes, booklet):
            pages = PdfReader(document).pages
            content = " ".join(page.extract_text() or "" for page in pages)
            flat = re.sub(r"\s+", "", content.replace("\u00a0", " "))
            for value in self.captured:
                # Plain printable text (markup, entities, FTS syntax) reads back as typed.
                shown = literal(value)
                if shown and shown.isascii() and shown.isprintable() and len(shown) < 200:
                    assert re.sub(r"\s+", "", shown) in flat, (document.name, shown)
        assert len(PdfReader(report).pages) >= 1
        self.captured.clear()
        if renew:
            self.store.close()
            self._fresh()


def run_campaign(
    tmp_path: Path,
    methods: MethodCatalogue,
    examples: int,
    batch: int,
    figures: Callable[[str], None],
    attempts: list[object],
) -> None:
    started = time.perf_counter()
    campaign = Campaign(tmp_path, methods)
    try:
        for value in HOSTILE:
            campaign.try_one(value)

        @settings(
            max_examples=examples,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(HOSTILE_TEXT)
        def each(value: str) -> None:
            campaign.try_one(value)
            campaign.room.clock.advance(1)
            if len(campaign.captured) >= batch:
                campaign.export_all()

        each()
        campaign.export_all(renew=False)
    finally:
        campaign.close()
    assert attempts == []
    figures(
        f"hostile text: {campaign.tried} strings through capture, search, tag filter and CSV "
        f"import ({campaign.refused} refused in a sentence), {campaign.exports} rounds of "
        f"minutes + booklet + sponsor report read back, 0 exceptions, {len(attempts)} network "
        f"connections, {time.perf_counter() - started:.1f} s"
    )


def test_hostile_text_never_breaks_cercle_nor_reaches_the_network(
    tmp_path: Path,
    methods: MethodCatalogue,
    figures: Callable[[str], None],
    no_network: list[object],
) -> None:
    run_campaign(tmp_path, methods, examples=200, batch=100, figures=figures, attempts=no_network)


@pytest.mark.slow
def test_ten_thousand_hostile_strings(
    tmp_path: Path,
    methods: MethodCatalogue,
    figures: Callable[[str], None],
    no_network: list[object],
) -> None:
    run_campaign(
        tmp_path, methods, examples=10_000, batch=400, figures=figures, attempts=no_network
    )


def test_a_very_long_open_action_never_stops_later_minutes(room: Room, tmp_path: Path) -> None:
    # As long as a text may be (app.repertoire.TITLE_LENGTH): several lines of a PDF.
    prose = ("Relancer chaque fournisseur du panel et consigner sa réponse détaillée. " * 40)[
        :TITLE_LENGTH
    ].strip()
    e = room.engine
    e.add_item("Suivi", "free", 30)
    e.start_item()
    e.capture(EntryKind.ACTION, prose, owner_id=room["Léa"], due_on=date(2026, 4, 1))
    e.capture(EntryKind.DECISION, "y" * TITLE_LENGTH)  # one unbroken word
    room.clock.advance(minutes=20)
    e.close_session()
    with room.store.transaction() as db:
        later = plan_meeting(
            db,
            db.get_one(Network, room.network_id),
            room.clock.now() + timedelta(days=30),
            90,
            title="Séance suivante",
        ).id
    for meeting_id in (room.meeting_id, later):
        out = tmp_path / f"{uuid.uuid4().hex}.pdf"
        export_minutes(room.store, meeting_id, e.methods, room.clock.now(), out, Options())
        content = re.sub(
            r"\s+", " ", " ".join(p.extract_text() or "" for p in PdfReader(out).pages)
        )
        assert "Relancer chaque fournisseur" in content
    assert "consigner sa réponse détaillée" in content  # carried over whole, not cut


HEBREW = (
    "פסקה ראשונה: אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע עשר אחת עשרה שתים עשרה שלוש "
    "עשרה ארבע עשרה חמש עשרה שש עשרה שבע עשרה שמונה עשרה תשע עשרה עשרים סוף."
)
ARABIC = (
    "الفقرة الأولى: واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد عشر اثنا عشر "
    "ثلاثة عشر أربعة عشر خمسة عشر ستة عشر سبعة عشر ثمانية عشر تسعة عشر عشرون النهاية."
)


def logical_text(pdf: Path) -> str | None:
    """The PDF's text as poppler reads it back (it applies the bidi algorithm: what was drawn
    in visual order comes back in the order it was written), spaces made one."""
    import shutil
    import subprocess
    import unicodedata

    if shutil.which("pdftotext") is None:
        return None
    done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True)
    plain = unicodedata.normalize("NFKC", done.stdout)  # Arabic joined forms → letters
    plain = re.sub(r"[\u202a-\u202e]", "", plain)  # poppler's direction marks
    return re.sub(r"\s+", " ", plain)


def test_right_to_left_and_emoji_are_drawn_readably(artifacts: Path, tmp_path: Path) -> None:
    from app.export.pdf import Heading, Paragraph, build, table

    lines = [
        "Hébreu : שלום עולם, ça va ?",
        "Arabe : مرحبا بالعالم",
        "Emoji : Bravo 🎉 👍🏽 l'équipe ✌️ 👨‍👩‍👧",
        HEBREW,
        ARABIC,
        "Deux lignes :\n" + HEBREW,
    ]
    assert "[cotillons]" in pdf_text(lines[2]) and "\u200d" not in pdf_text(lines[2])
    assert "[famille homme femme et fille]" in pdf_text(lines[2])  # a sequence, one name
    assert "✌" in pdf_text(lines[2])  # a symbol DejaVu draws stays itself
    set_language("en")
    assert "[party popper]" in pdf_text(lines[2])
    set_language("fr")
    out = tmp_path / "rtl.pdf"

    def story(styles: Any) -> list[Any]:
        return [
            Heading("Textes de droite à gauche et emoji", styles.h1),
            *(Paragraph(pdf_text(line), styles.body) for line in lines),
            table([["Titre", "Qui"], *([line, "Léa"] for line in lines)], [260, 100], styles),
        ]

    build(out, story, title="t", author="a", subject="s", footer="Cercle", page_words="{page}")
    content = PdfReader(out).pages[0].extract_text()
    assert "[cotillons]" in content and "[pouce vers le haut" in content
    read_back = logical_text(out)
    if read_back is not None:
        # Long paragraphs wrap over several lines and still read from their first word on,
        # in the paragraph, in a table cell and after a line break.
        # (words only: poppler places neutral punctuation by its own guess)
        words = " ".join(re.findall(r"\w+", read_back))
        assert words.count(" ".join(re.findall(r"\w+", HEBREW))) == 4, read_back
        assert words.count(" ".join(re.findall(r"\w+", ARABIC))) == 2, read_back
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(out),
             str(artifacts / "pdf-rtl-emoji")],
            check=True,
        )  # fmt: skip


def test_exported_files_follow_the_umask(room: Room, tmp_path: Path) -> None:
    room.engine.add_item("Libre", "free", 30)
    room.engine.start_item()
    for mask, mode in ((0o022, 0o644), (0o002, 0o664), (0o077, 0o600)):
        previous = os.umask(mask)
        try:
            out = tmp_path / f"cr-{mask:o}.pdf"
            export_minutes(room.store, room.meeting_id, room.engine.methods, room.clock.now(), out)
        finally:
            os.umask(previous)
        assert out.stat().st_mode & 0o777 == mode


def test_a_pasted_paragraph_is_searched_by_its_first_distinct_words() -> None:
    from app.repertoire_search import MAX_WORDS, fts_query

    paragraph = HOSTILE[10]  # 450 words: FTS5 took 48 s over it, repeated words and all
    query = fts_query(paragraph) or ""
    assert query.count('"') <= 2 * MAX_WORDS and query.count('"une"') == 1


def test_half_a_character_is_refused_in_a_sentence_and_ignored_by_search(room: Room) -> None:
    e = room.engine
    e.add_item("Libre", "free", 30)
    e.start_item()
    with pytest.raises(BrokenTextError, match="caractère abîmé") as refused:
        e.capture(EntryKind.DECISION, "Bonjour \ud83d le monde")
    assert "Bonjour \ufffd le monde" in str(refused.value)
    e.capture(EntryKind.DECISION, "Bonjour le monde")  # the engine goes on
    with room.store.session() as db:
        # The halves are dropped from what is searched: the rest still finds.
        for typed, tag in (("Bonj\udc00our", "\ud800"), ("Bonjour\ud800", "")):
            hits = search(db, typed, SearchFilters(tag=tag))
            assert [h.title for h in hits] == ["Bonjour le monde"]
