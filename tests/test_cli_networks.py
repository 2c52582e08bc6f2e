"""Your own networks from the command line: create, list, rename, archive; members add,
list, leave; reading beside an open window; the demo's hint."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.store import open_store


def run(db: object, *argv: str) -> int:
    return main(["--db", str(db), *argv])


def test_from_an_empty_folder_to_a_network_with_people(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cli_db: Path
) -> None:
    db = cli_db
    assert run(db, "network", "list") == 0
    assert "Aucun réseau pour l'instant" in capsys.readouterr().out
    assert not isinstance(db, Path) or not db.exists()
    assert (
        run(
            db,
            "network",
            "create",
            "Groupe Codév Lyon",
            "--kind",
            "codevelopment",
            "--intention",
            "Progresser ensemble sur nos situations de management",
            "--rhythm",
            "30",
        )
        == 0
    )
    assert capsys.readouterr().out == "Réseau créé : Groupe Codév Lyon.\n"
    people = (("Léa Martin", "lea@example.com"), ("Karim Benali", ""), ("Sofia", ""))
    for name, email in people:  # the network's name, whatever the case and accents
        assert run(db, "member", "add", name, "--email", email, "--network", "groupe codev") == 1
        assert (
            run(db, "member", "add", name, "--email", email, "--network", "groupe codev LYON") == 0
        )
    capsys.readouterr()
    # The import works on a network just created.
    csv = tmp_path / "membres.csv"
    csv.write_text("Nom;Prénom\nNgo;Zoë\nRoy;Hélène\n", encoding="utf-8")
    assert run(db, "import-members", str(csv), "--network", "Groupe Codév Lyon", "--apply") == 0
    assert "2 personnes ajoutées" in capsys.readouterr().out
    assert run(db, "member", "leave", "lea@example.com", "--network", "Groupe Codév Lyon") == 0
    capsys.readouterr()
    assert run(db, "member", "list", "--network", "Groupe Codév Lyon") == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in listed] == ["5", "2", "3", "4"]  # by name, keys kept
    assert "Léa" not in "".join(listed)
    assert run(db, "member", "list", "--network", "Groupe Codév Lyon", "--all") == 0
    assert "Léa Martin  lea@example.com  parti·e le" in capsys.readouterr().out
    assert run(db, "network", "list") == 0
    assert capsys.readouterr().out == (
        "Groupe Codév Lyon — groupe de codéveloppement · 4 membres, 0 séance\n"
    )
    assert run(db, "--lang", "en", "network", "list") == 0
    assert capsys.readouterr().out == (
        "Groupe Codév Lyon — co-development group · 4 members, 0 sessions\n"
    )


def test_rename_archive_and_bring_back(cli_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = cli_db
    assert run(db, "network", "create", "REX Sites") == 0
    assert run(db, "network", "rename", "rex sites", "REX Sites industriels") == 0
    assert run(db, "network", "archive", "REX Sites industriels") == 0
    capsys.readouterr()
    assert run(db, "network", "list") == 0
    assert "REX" not in capsys.readouterr().out
    assert run(db, "network", "list", "--all") == 0
    assert "REX Sites industriels  [archivé]" in capsys.readouterr().out
    assert run(db, "network", "unarchive", "REX Sites industriels") == 0
    assert "Réseau ramené" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("network", "create", " "), "Donnez un nom au réseau."),
        (("network", "create", "réseau A"), "Un réseau s'appelle déjà « Réseau A »"),
        (("network", "create", "B", "--structuring", "300"), "Les curseurs vont de 0 à 100."),
        (("network", "rename", "Inconnu", "X"), "Aucun réseau ne s'appelle « Inconnu »"),
        (("member", "add", "Léa", "--network", "Réseau A"), "Léa est déjà membre de ce réseau."),
        (("member", "add", "Zoë", "--email", "z@", "--network", "Réseau A"), "Adresse e-mail"),
        (("member", "leave", "Personne", "--network", "Réseau A"), "Personne ne s'appelle"),
    ],
)
def test_errors_are_one_sentence_a_failure_and_nothing_written(
    cli_db: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    db = cli_db
    assert run(db, "network", "create", "Réseau A") == 0
    assert run(db, "member", "add", "Léa", "--network", "Réseau A") == 0
    capsys.readouterr()
    assert run(db, *argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("cercle: ") and message in err and err.count("\n") == 1
    assert run(db, "network", "list") == 0
    assert capsys.readouterr().out.startswith("Réseau A — — · 1 membre, 0 séance")


def test_reading_commands_work_while_the_window_holds_the_lock(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cercle.sqlite3"
    assert run(db, "network", "create", "Réseau A") == 0
    assert run(db, "member", "add", "Léa", "--network", "Réseau A") == 0
    capsys.readouterr()
    with open_store(db):  # what the window holds while it is open
        assert run(db, "info") == 0
        assert "Réseaux : 1" in capsys.readouterr().out
        assert run(db, "network", "list") == 0
        assert "Réseau A" in capsys.readouterr().out
        assert run(db, "member", "list", "--network", "Réseau A") == 0
        assert "Léa" in capsys.readouterr().out
        assert run(db, "check") == 0
        assert run(db, "export-booklet", "--out", str(tmp_path / "livret.pdf")) == 0
        assert (tmp_path / "livret.pdf").exists()
        capsys.readouterr()
        assert run(db, "member", "add", "Karim", "--network", "Réseau A") == 1  # a write waits
        assert "déjà ouvert" in capsys.readouterr().err


def test_a_reading_command_on_a_missing_file_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "absent.sqlite3"
    out = tmp_path / "cr.pdf"
    assert run(db, "export-minutes", "--session", "1", "--out", str(out)) == 1
    assert "Aucune base de données" in capsys.readouterr().err
    assert run(db, "member", "list", "--network", "X") == 0
    assert not db.exists() and not out.exists()
    assert not list(tmp_path.iterdir())


def test_demo_before_or_after_the_command_and_a_hint_for_its_sessions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, demo_template: Path
) -> None:
    from app.paths import demo_db_path

    demo_db_path().parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_template, demo_db_path())
    assert main(["info", "--demo"]) == 0
    after = capsys.readouterr().out
    assert main(["--demo", "info"]) == 0
    assert capsys.readouterr().out == after and "Réseaux : 1" in after
    assert main(["network", "create", "Mon réseau"]) == 0  # the facilitator's own file
    capsys.readouterr()
    out = str(tmp_path / "cr.pdf")
    assert main(["export-minutes", "--session", "3", "--out", out]) == 1
    assert capsys.readouterr().err == (
        "cercle: Aucune séance n° 3. La séance n° 3 existe dans la démonstration : "
        "ajoutez --demo.\n"
    )
    assert main(["export-minutes", "--session", "3", "--out", out, "--demo"]) == 0
    assert Path(out).exists()


def test_every_command_finds_the_network_whatever_the_case_and_accents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cli_db: Path
) -> None:
    """The README's promise, for the exports and the import as for ``member add``."""
    db = cli_db
    assert run(db, "network", "create", "Groupe Codév Managers") == 0
    csv = tmp_path / "membres.csv"
    csv.write_text("Nom;E-mail\nLéa Martin;lea@example.com\n", encoding="utf-8")
    typed = "groupe codev MANAGERS"
    assert run(db, "import-members", str(csv), "--network", typed, "--apply") == 0
    with open_store(db) as store:
        from datetime import UTC, datetime

        from app.planning import plan_meeting
        from models import Network

        with store.transaction() as session:
            network = session.query(Network).one()
            plan_meeting(session, network, datetime(2026, 12, 1, 8, tzinfo=UTC), 90)
    capsys.readouterr()
    for argv in (
        ("export-booklet", "--out", str(tmp_path / "livret.pdf")),
        ("export-actions", "--out", str(tmp_path / "actions.csv")),
        ("export-calendar", "--next", "--out", str(tmp_path / "s.ics")),
        ("export-minutes", "--session", "1", "--out", str(tmp_path / "cr.md")),
    ):
        assert run(db, *argv, "--network", typed) == 0, (argv, capsys.readouterr().err)
    assert (
        run(db, "export-booklet", "--network", "Groupe RH", "--out", str(tmp_path / "x.pdf")) == 1
    )
    assert "Aucun réseau ne s'appelle « Groupe RH » (réseaux : Groupe Codév Managers)." in (
        capsys.readouterr().err
    )
