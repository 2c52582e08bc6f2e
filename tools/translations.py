"""Keep the windows' translations in step with the code.

    python tools/translations.py update   # pyside6-lupdate: add new strings to the .ts files
    python tools/translations.py release  # pyside6-lrelease: compile .ts into .qm

French is the source language; resources/translations/cercle_en.ts holds English. After
`update`, open the .ts in Qt Linguist (pyside6-linguist) or any editor, translate the
entries marked unfinished, then `release`. A test fails while an entry is untranslated.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
# cercle_fr.ts holds only what French needs beyond its source text: the plural forms of
# messages written with Qt's %n ("%n personne(s)" → "1 personne", "2 personnes").
LANGUAGES = ("en", "fr")


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def update(target: Path | None = None, languages: tuple[str, ...] = LANGUAGES) -> None:
    for language in languages:
        ts = target or TRANSLATIONS / f"cercle_{language}.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *ui_sources(),
                "-no-obsolete",
                "-source-language",
                "fr",
                "-target-language",
                language,
                "-ts",
                str(ts),
            ],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )


def release() -> None:
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"cercle_{language}.ts"
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
            capture_output=True,
        )


if __name__ == "__main__":
    {"update": update, "release": release}[sys.argv[1]]()
