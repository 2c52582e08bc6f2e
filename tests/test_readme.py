"""The README is read on a fresh clone: every file it names is in the repository."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("app", "ui", "models", "tests", "resources", "packaging", "bench", "tools", ".ci")


def test_every_path_the_readme_names_exists_and_none_is_outside_the_repository() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert not re.findall(r"\.\./", readme), "a path outside the repository"
    folders = "|".join(map(re.escape, FOLDERS))
    named = set(re.findall(rf"`((?:{folders})/[^`\s]*)`", readme))
    assert len(named) > 15  # the developers' section names the modules it explains
    missing = [
        path
        for path in sorted(named)
        if not (list(ROOT.glob(path.rstrip("/"))) if "*" in path else (ROOT / path).exists())
    ]
    assert missing == []
