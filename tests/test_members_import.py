"""Importing members from CSV files as spreadsheets really write them."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.members_import import RowStatus, apply, preview
from app.planning import add_member, create_network
from app.store import Store
from models import Member, Membership, MembershipRole
from tests.conftest import START

# Excel, French settings: ";" separator, Windows-1252, CRLF, a quoted field holding the
# separator, an empty line, a bad e-mail, an unknown role, a duplicate.
EXCEL_FR = (
    "Nom;Prénom;Courriel;Service;Rôle\r\n"
    "Martin;Léa;lea.martin@example.com;Qualité;animatrice\r\n"
    '"Benali";"Karim";karim@example.com;"Achats; Lyon";membre\r\n'
    "\r\n"
    "Lopès;Sofia;sofia@example;Achats;\r\n"
    "Dubois;Marc;marc@example.com;Usine;chef\r\n"
    "MARTIN;Léa;LEA.MARTIN@example.com;Qualité;\r\n"
).encode("cp1252")

# Excel or Google Sheets, English settings: "," separator, UTF-8 with a BOM, a name with a
# line break and a comma inside quotes.
SHEETS_EN = (
    "\ufeffFull name,Email,Department,Role\n"
    '"Inès Haddad",ines@example.com,"Quality, Paris",Leader\n'
    '"Paul\nGirard",paul@example.com,IT,\n'
    ",nobody@example.com,IT,\n"
).encode()


@pytest.fixture
def network(store: Store) -> object:
    with store.transaction() as db:
        network = create_network(db, "Réseau Qualité Achats", START)
        other = create_network(db, "Réseau Sécurité", START)
        add_member(db, other, "Karim Benali", START, email="karim@example.com")
        add_member(db, network, "Claire Fontaine", START)
        return network.id


def rows(store: Store, network_id: object, data: bytes) -> list[tuple[int, str, RowStatus, str]]:
    with store.session() as db:
        result = preview(db, network_id, data)  # type: ignore[arg-type]
    assert not result.problem
    return [(r.line, r.name, r.status, r.message) for r in result.rows]


def test_french_excel_file(store: Store, network: object) -> None:
    with store.session() as db:
        result = preview(db, network, EXCEL_FR)  # type: ignore[arg-type]
    assert (result.encoding, result.delimiter) == ("Windows-1252", ";")
    assert [(r.line, r.name, r.status) for r in result.rows] == [
        (2, "Léa Martin", RowStatus.NEW),
        (3, "Karim Benali", RowStatus.JOIN),
        (5, "Sofia Lopès", RowStatus.ERROR),
        (6, "Marc Dubois", RowStatus.ERROR),
        (7, "Léa MARTIN", RowStatus.DUPLICATE),
    ]
    messages = {r.line: r.message for r in result.rows}
    assert messages[5] == "adresse e-mail invalide : sofia@example"
    assert messages[6].startswith("rôle inconnu : chef")
    assert messages[7] == "doublon de la ligne 2"
    assert result.rows[0].role is MembershipRole.FACILITATOR
    assert result.rows[1].unit == "Achats; Lyon"


def test_english_sheets_file_with_a_bom_and_a_line_break_inside_a_name(
    store: Store, network: object
) -> None:
    assert rows(store, network, SHEETS_EN) == [
        (2, "Inès Haddad", RowStatus.NEW, ""),
        (3, "Paul Girard", RowStatus.NEW, ""),
        (5, "", RowStatus.ERROR, "le nom est vide"),
    ]


def test_a_missing_name_column_is_named_and_nothing_is_written(
    store: Store, network: object
) -> None:
    data = "Courriel;Service\nlea@example.com;Qualité\n".encode()
    with store.session() as db:
        result = preview(db, network, data)  # type: ignore[arg-type]
    assert "Il manque une colonne « Nom »" in result.problem
    assert "Courriel, Service" in result.problem
    with store.session() as db:
        before = db.query(Member).count()
    with pytest.raises(Exception, match="Il manque une colonne"), store.transaction() as db:
        apply(db, result, START)
    with store.session() as db:
        assert db.query(Member).count() == before


def test_apply_adds_the_new_and_the_joining_and_only_them(store: Store, network: object) -> None:
    with store.transaction() as db:
        added = apply(db, preview(db, network, EXCEL_FR), START)  # type: ignore[arg-type]
    assert added == 2
    with store.session() as db:
        joined = db.query(Member).join(Membership).filter(Membership.network_id == network)
        names = sorted(m.name for m in joined)
        assert names == ["Claire Fontaine", "Karim Benali", "Léa Martin"]
        assert db.query(Member).filter(Member.name == "Karim Benali").count() == 1  # not twice
    again = rows(store, network, EXCEL_FR)
    assert [status for _l, _n, status, _m in again][:2] == [
        RowStatus.DUPLICATE,
        RowStatus.DUPLICATE,
    ]


def test_the_command_line_previews_then_applies(
    store: Store, network: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "membres.csv"
    path.write_bytes(EXCEL_FR)
    db_path = str(store.path)
    store.close()
    argv = ["--db", db_path, "import-members", str(path), "--network", "Réseau Qualité Achats"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "Windows-1252" in out and "ligne    5  erreur" in out
    assert "Aperçu seulement : rien n'a été écrit" in out
    assert main([*argv, "--apply"]) == 0
    assert "2 personnes ajoutées" in capsys.readouterr().out
    assert main([*argv[:4], "--network", "Inconnu"]) == 1
    assert "Aucun réseau" in capsys.readouterr().err


# What spreadsheets really write beyond CSV UTF-8 / Windows-1252 (issue 14, issue 22 item 9).

PEOPLE = "Nom\tPrénom\tCourriel\tService\r\nLeçon\tHélène\thelene@example.com\tQualité\r\n"


def test_excel_unicode_text_utf16_with_tabs(store: Store, network: object) -> None:
    with store.session() as db:
        result = preview(db, network, PEOPLE.encode("utf-16"))  # type: ignore[arg-type]
    assert (result.encoding, result.delimiter, result.problem) == ("UTF-16", "\t", "")
    assert [(r.name, r.email, r.unit) for r in result.rows] == [
        ("Hélène Leçon", "helene@example.com", "Qualité")
    ]


def test_an_xlsx_workbook(store: Store, network: object, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Prénom", "Nom", "E-mail", "Service", "Rôle"])
    sheet.append(["Hélène", "Leçon", "helene@example.com", "Qualité", "animatrice"])
    sheet.append([None, None, None, None, None])
    sheet.append(["Zoë", "Ngo", None, 42, None])
    path = tmp_path / "membres.xlsx"
    book.save(path)
    with store.session() as db:
        result = preview(db, network, path.read_bytes())  # type: ignore[arg-type]
    assert (result.encoding, result.problem) == ("Excel (.xlsx)", "")
    assert [(r.line, r.name, r.unit, r.role) for r in result.rows] == [
        (2, "Hélène Leçon", "Qualité", MembershipRole.FACILITATOR),
        (4, "Zoë Ngo", "42", MembershipRole.MEMBER),
    ]


@pytest.mark.parametrize(
    ("encoding", "name"),
    [("cp1252", "Windows-1252"), ("mac_roman", "Mac Roman"), ("cp850", "DOS 850")],
)
def test_an_unknown_8_bit_encoding_is_recognised_not_guessed(
    store: Store, network: object, encoding: str, name: str
) -> None:
    text = "Nom;Prénom\r\nLeçon;Hélène\r\nLopès;Zoë\r\nGarçon;Loïc\r\n"
    with store.session() as db:
        result = preview(db, network, text.encode(encoding))  # type: ignore[arg-type]
    assert (result.encoding, result.problem) == (name, "")
    assert [r.name for r in result.rows] == ["Hélène Leçon", "Zoë Lopès", "Loïc Garçon"]


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["without BOM", "with BOM"])
def test_a_utf8_file_with_one_broken_byte_is_refused_whole_naming_line_and_byte(
    store: Store, network: object, bom: bytes
) -> None:
    """Issue 22, item 9: with a BOM it was refused for a missing "Nom" column that is there;
    without one, read as Windows-1252, "Prénom" became "PrÃ©nom" and first names vanished."""
    data = bom + "Nom;Prénom\nMartin;Léa\n".encode() + b"Le\x81on;H\xc3\xa9l\xc3\xa8ne\n"
    with store.session() as db:
        before = db.query(Member).count()
        result = preview(db, network, data)  # type: ignore[arg-type]
    assert result.problem.startswith(
        "Le fichier ne se lit pas en entier : ligne 3, l'octet 0x81 n'est pas du texte UTF-8."
    )
    assert result.rows == ()
    with pytest.raises(Exception, match="ligne 3"), store.transaction() as db:
        apply(db, result, START)
    with store.session() as db:
        assert db.query(Member).count() == before
        assert not db.query(Member).filter(Member.name.contains("\ufffd")).count()


def test_binary_data_and_an_old_xls_are_refused_with_a_sentence(
    store: Store, network: object
) -> None:
    with store.session() as db:
        noise = preview(db, network, bytes(range(256)) * 4)  # type: ignore[arg-type]
        xls = preview(db, network, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500)  # type: ignore[arg-type]
    assert noise.problem.startswith("Le fichier ne se lit pas en entier : ligne 1")
    assert "(.xls)" in xls.problem and "xlsx" in xls.problem


def test_rows_pasted_from_a_spreadsheet_with_or_without_headers(
    store: Store, network: object
) -> None:
    from app.members_import import preview_pasted

    pasted = "Hélène Leçon\thelene@example.com\tQualité\nZoë Ngo\t\tAchats\tleader\n"
    with store.session() as db:
        result = preview_pasted(db, network, pasted)  # type: ignore[arg-type]
    assert [(r.name, r.email, r.unit, r.role) for r in result.rows] == [
        ("Hélène Leçon", "helene@example.com", "Qualité", MembershipRole.MEMBER),
        ("Zoë Ngo", None, "Achats", MembershipRole.LEADER),
    ]
    with store.session() as db:
        headed = preview_pasted(db, network, "Courriel\tNom\nz@example.com\tZoë Ngo\n")  # type: ignore[arg-type]
    assert [(r.name, r.email) for r in headed.rows] == [("Zoë Ngo", "z@example.com")]


def test_someone_who_left_comes_back_through_an_import(store: Store, network: object) -> None:
    from app.networks import find_person, person_leaves

    with store.transaction() as db:
        claire = find_person(db, network, "Claire Fontaine")  # type: ignore[arg-type]
        person_leaves(db, network, claire, START.date())  # type: ignore[arg-type]
    data = b"Nom\nClaire Fontaine\n"
    assert rows(store, network, data) == [
        (2, "Claire Fontaine", RowStatus.JOIN, "avait quitté le réseau : y revient")
    ]
    with store.transaction() as db:
        assert apply(db, preview(db, network, data), START) == 1  # type: ignore[arg-type]
    with store.session() as db:
        assert db.query(Membership).filter(Membership.member_id == claire).count() == 1
