"""The transversal report on paper and from the command line, read back as a sponsor would."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.cli import main
from app.export.organisation import export_organisation
from app.organisation import organisation
from app.planning import add_member, create_network
from app.repertoire import capture
from app.store import Store, open_store
from models import EntryKind, Membership, Network

NOW = datetime(2026, 11, 24, 9, tzinfo=UTC)


def pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", "\n".join(p.extract_text() or "" for p in PdfReader(path).pages))


def two_networks(store: Store) -> None:
    with store.transaction() as db:
        quality = create_network(db, "Réseau Qualité", NOW, sponsor="Direction Qualité")
        safety = create_network(db, "Réseau Sécurité", NOW)
        old = create_network(db, "Réseau Lean 2019", NOW)
        lea = add_member(db, quality, "Léa Martin", NOW)
        for name in ("Karim Haddad", "Inès Roche", "Paul Girard"):
            add_member(db, safety, name, NOW)
        db.add(Membership(network=safety, member=lea, joined_on=NOW.date()))
        for network, body in ((quality, "Retour d'expérience"), (safety, "Réunion express")):
            capture(db, network_id=network.id, kind=EntryKind.TERM, title="REX", body=body, now=NOW)
        for network, body in ((quality, "Projet Tamarillo"), (safety, "Projet Zeppelin")):
            capture(
                db,
                network_id=network.id,
                kind=EntryKind.TERM,
                title="Projet",
                body=body,
                now=NOW,
                confidential=True,
            )
        old.archived_at = NOW


def test_the_report_says_every_network_what_they_share_and_where_they_differ(
    store: Store, tmp_path: Path
) -> None:
    two_networks(store)
    out = export_organisation(store, NOW, tmp_path / "transversal.pdf")
    text = pdf_text(out)
    assert "Pilotage transversal des réseaux" in text
    assert "Réseaux actifs : 2 · avec un signal d'alerte : 2" in text
    assert "rythme visé" in text and "1,5 fois" in text  # the named thresholds, said
    for network in ("Réseau Qualité", "Réseau Sécurité"):
        assert text.count(network) >= 4  # table, chart, warnings, shared members
    assert "⚠ 0 / 1" in text  # Léa is not engaged yet: the mass cell is in alert, marked
    assert "Aucune séance n'est planifiée." in text
    assert "Léa Martin" in text and "Réseau Qualité, Réseau Sécurité" in text
    assert "« REX »" in text and "Réunion express" in text and "Retour d'expérience" in text
    assert "Tamarillo" not in text and "Zeppelin" not in text  # confidential definitions
    assert "Réseaux archivés" in text and "Réseau Lean 2019" in text
    with store.session() as db:
        warned = organisation(db, NOW.date()).networks[0].warnings
    assert all(w in text for w in warned)  # the same sentences as the health page
    english = pdf_text(export_organisation(store, NOW, tmp_path / "en.pdf", "en"))
    assert "Steering across networks" in english and "“REX”" in english
    assert "— (30 d)" in english and " j)" not in english


def test_one_network_or_none_says_what_the_view_is_for(store: Store, tmp_path: Path) -> None:
    empty = pdf_text(export_organisation(store, NOW, tmp_path / "vide.pdf"))
    assert "Aucun réseau actif dans cette base" in empty
    with store.transaction() as db:
        create_network(db, "Réseau seul", NOW)
    alone = pdf_text(export_organisation(store, NOW, tmp_path / "seul.pdf"))
    assert "Un seul réseau dans cette base" in alone and "Réseau seul" in alone


def test_the_command_line_writes_it_reading_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cercle.sqlite3"
    out = tmp_path / "rapport.pdf"
    assert main(["--db", str(db), "export-organisation", "--out", str(out)]) == 1
    assert "Aucune base de données" in capsys.readouterr().err
    assert not db.exists()  # a reading command never creates a database
    with open_store(db) as store:
        two_networks(store)
    before = db.read_bytes()
    assert main(["--db", str(db), "export-organisation", "--out", str(out)]) == 0
    assert f"Rapport transversal écrit : {out}" in capsys.readouterr().out
    assert "Réseau Sécurité" in pdf_text(out)
    assert db.read_bytes() == before
    assert main(["--db", str(db), "export-organisation", "--out", str(tmp_path / "r.txt")]) == 1
    assert "s'écrit en .pdf" in capsys.readouterr().err
    with open_store(db) as store, store.session() as session:
        assert len(session.scalars(select(Network)).all()) == 3


def test_a_direction_reads_only_the_networks_it_sponsors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cercle.sqlite3"
    with open_store(db) as store:
        two_networks(store)
        with store.session() as session:
            whole = organisation(session, NOW.date())
            quality = organisation(session, NOW.date(), "direction qualite")
    assert whole.sponsors == ("Direction Qualité",)
    assert [r.name for r in quality.networks] == ["Réseau Qualité"]
    assert quality.sponsor == "Direction Qualité" and quality.coexistence.people == ()
    out = tmp_path / "qualite.pdf"
    argv = ["--db", str(db), "export-organisation", "--out", str(out)]
    assert main([*argv, "--sponsor", "Direction Qualité"]) == 0
    text = pdf_text(out)
    assert "Les réseaux de : Direction Qualité" in text and "Réseau Sécurité" not in text
    capsys.readouterr()
    assert main([*argv, "--sponsor", "DRH"]) == 1
    assert (
        "Aucun réseau n'a pour sponsor « DRH » (sponsors : Direction Qualité)."
        in capsys.readouterr().err
    )
