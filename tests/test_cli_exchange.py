"""``cercle export-network``, ``merge``, ``publish``, ``update`` as a facilitator types them."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main


def run(db: Path, *argv: str) -> int:
    return main(["--db", str(db), *argv])


def test_export_preview_merge_and_merge_again_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop, other = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    assert run(laptop, "network", "create", "Groupe Codév Lyon") == 0
    assert (
        run(
            laptop,
            "member",
            "add",
            "Léa Martin",
            "--email",
            "lea@example.com",
            "--network",
            "groupe codev lyon",
        )
        == 0
    )
    capsys.readouterr()
    out = tmp_path / "lyon.cercle"
    assert run(laptop, "export-network", "groupe codév lyon", "--out", str(out)) == 0
    said = capsys.readouterr().out
    assert "tout l'historique de « Groupe Codév Lyon »" in said
    assert "Contenus confidentiels retenus sur ce poste : 0 élément" in said
    assert run(other, "network", "create", "Autre réseau") == 0
    capsys.readouterr()
    assert run(other, "merge", str(out), "--dry-run") == 0
    preview = capsys.readouterr().out
    assert preview.startswith("Aperçu : ") and "Rien n'a encore été écrit." in preview
    assert run(other, "merge", str(out)) == 0
    assert capsys.readouterr().out.startswith("Fusion faite : 3 ajouts, 0 mises à jour")
    assert run(other, "merge", str(out)) == 0
    assert capsys.readouterr().out.startswith("Fusion faite : 0 ajouts, 0 mises à jour")
    assert run(other, "member", "list", "--network", "Groupe Codév Lyon") == 0
    assert "Léa Martin" in capsys.readouterr().out


def test_a_bad_file_or_a_password_is_one_sentence_and_a_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "a.sqlite3"
    assert run(db, "network", "create", "Réseau") == 0
    bad = tmp_path / "membres.cercle"
    bad.write_text("nom;courriel\n")
    capsys.readouterr()
    assert run(db, "merge", str(bad)) == 1
    error = capsys.readouterr().err
    assert (
        error
        == "cercle: membres.cercle n'est pas un fichier d'échange Cercle : rien n'a été fusionné.\n"
    )
    assert (
        run(db, "publish", "Réseau", "--server", "postgresql+psycopg://marc:secret@srv/cercle") == 1
    )
    error = capsys.readouterr().err
    assert "mot de passe" in error and "secret" not in error
    assert run(db, "update", "--server", str(tmp_path / "serveur.sqlite3")) == 1
    assert "Dites qui vous êtes" in capsys.readouterr().err
    assert not (tmp_path / "serveur.sqlite3").exists()  # refused before the server is opened
