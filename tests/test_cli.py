"""The command line: subcommands listed, errors in one sentence with a non-zero status."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for command in ("demo", "info", "methods", "--db", "--demo", "--lang"):
        assert command in out


def test_help_speaks_english_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    assert "the demo network" in capsys.readouterr().out


def test_a_bad_file_is_one_clear_sentence_and_a_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "photo.sqlite3"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert main(["--db", str(bad), "info"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("cercle: Le fichier") and "n'est pas une base de données Cercle" in err
    assert err.count("\n") == 0
    assert main(["--lang", "en", "info", "--db", str(bad)]) == 1
    assert "is not a Cercle database" in capsys.readouterr().err


def test_info_tells_where_the_data_lives(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "mine.sqlite3"
    assert main(["info", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert str(db) in out and "pas encore créée : rien n'a été écrit" in out
    assert not db.exists()  # a read-only command never creates an empty database


def test_cercle_db_environment_variable_points_at_another_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "elsewhere.sqlite3"
    monkeypatch.setenv("CERCLE_DB", str(db))
    assert main(["info"]) == 0
    assert str(db) in capsys.readouterr().out
    assert main(["network", "create", "Mon réseau"]) == 0
    assert db.exists()


def test_methods_lists_the_formats(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["methods", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Co-development (80 min)" in out and "Lean Coffee" in out


def test_python_dash_m_app_runs_without_qt(tmp_path: Path) -> None:
    probe = subprocess.run(
        [sys.executable, "-c", "import sys, runpy; sys.argv=['app','--db', sys.argv[1], 'info'];"
         "runpy.run_module('app', run_name='__main__')", str(tmp_path / "x.sqlite3")],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert probe.returncode == 0, probe.stderr
    assert "PySide6" not in probe.stderr
    check = subprocess.run(
        [sys.executable, "-c", "import sys, app.cli, app.demo, app.engine.session;"
         "print(any(m.startswith('PySide6') for m in sys.modules))"],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert check.stdout.strip() == "False"
