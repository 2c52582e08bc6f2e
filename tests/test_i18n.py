"""Every string a person sees exists in French and in English."""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from app.i18n import _, set_language

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def core_strings() -> set[str]:
    found = set()
    for path in (ROOT / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("_", "n_")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(node.args[0].value)
                if node.func.id == "n_" and isinstance(node.args[1], ast.Constant):
                    found.add(node.args[1].value)  # both forms of a plural
    return found


def test_every_core_message_has_an_english_translation() -> None:
    catalogue = json.loads((TRANSLATIONS / "core_en.json").read_text(encoding="utf-8"))
    missing = sorted(core_strings() - set(catalogue))
    assert missing == []
    for source, target in catalogue.items():  # same placeholders both sides
        assert placeholders(source) == placeholders(target), source


def test_plurals_are_right_in_both_languages() -> None:
    from app.i18n import n_

    forms = ("{n} membre", "{n} membres")
    assert [n_(*forms, n) for n in (0, 1, 2)] == ["0 membre", "1 membre", "2 membres"]
    set_language("en")
    try:
        assert [n_(*forms, n) for n in (0, 1, 2)] == ["0 members", "1 member", "2 members"]
    finally:
        set_language("fr")


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{\w+\}", text))


def test_the_core_speaks_french_by_default_and_english_on_demand() -> None:
    assert _("Personne n'a la parole.") == "Personne n'a la parole."
    set_language("en")
    assert _("Personne n'a la parole.") == "Nobody has the floor."


def ts_sources(path: Path) -> dict[str, str | None]:
    entries = {}
    for message in ET.parse(path).iter("message"):
        translation = message.find("translation")
        assert translation is not None
        done = translation.get("type") != "unfinished"
        text = translation.text
        if message.get("numerus") == "yes":  # every plural form written
            forms = [form.text for form in translation.iter("numerusform")]
            text = " | ".join(f for f in forms if f) if forms and all(forms) else None
        entries[message.findtext("source") or ""] = text if done else None
    return entries


def test_the_window_translations_are_complete_and_up_to_date(tmp_path: Path) -> None:
    from tools.translations import update

    committed = TRANSLATIONS / "cercle_en.ts"
    fresh = tmp_path / "cercle_en.ts"
    shutil.copy(committed, fresh)
    update(fresh, ("en",))  # what lupdate finds in ui/ today
    assert set(ts_sources(fresh)) == set(ts_sources(committed)), (
        "run `python tools/translations.py update`, translate, then `release`"
    )
    untranslated = [s for s, t in ts_sources(committed).items() if not t]
    assert untranslated == []
    compiled = tmp_path / "cercle_en.qm"
    subprocess.run(
        [
            str(Path(sys.executable).with_name("pyside6-lrelease")),
            str(committed),
            "-qm",
            str(compiled),
        ],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == (TRANSLATIONS / "cercle_en.qm").read_bytes(), (
        "run `python tools/translations.py release`"
    )


def test_every_window_string_is_written_where_lupdate_finds_it() -> None:
    """``tr``/``translate`` called with a variable is never extracted: the string stays
    French in the English window (the network's position map said « souple », « structuré »)."""
    hidden = []
    for path in (ROOT / "ui").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        if "QT_TRANSLATE_NOOP(" in source:
            continue  # its strings are marked where they are written (ui/shell/shortcuts.py)
        for node in ast.walk(ast.parse(source)):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            receiver = ast.unparse(node.func.value)
            position = {"tr": 0, "translate": 1}.get(node.func.attr)
            if position is None or len(node.args) <= position:
                continue
            if node.func.attr == "translate" and receiver != "QCoreApplication":
                continue  # QPainter.translate and the like
            if node.func.attr == "tr" and receiver != "self":
                # lupdate files it under the variable's name, tr looks under the class's
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno} {receiver}.tr")
            if not isinstance(node.args[position], ast.Constant):
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert hidden == []


def test_every_french_plural_is_written() -> None:
    """A ``tr(…%n…)`` string shows « anomalie(s) » in French until cercle_fr.ts gives its
    singular and plural forms (a merge that keeps one side's .ts loses the other's)."""
    unwritten = [
        source
        for source, text in ts_sources(TRANSLATIONS / "cercle_fr.ts").items()
        if "%n" in source and text is None
    ]
    assert unwritten == []
