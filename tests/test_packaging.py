"""What the desktop installation is made of: desktop entry, AppStream metadata, icons.

Quick checks, run every time; building and running the frozen bundle is in
test_package_bundle.py (marked ``package``).
"""

from __future__ import annotations

import ast
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "org.cercle.Cercle"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="needs appstream (see .ci/run)")
def test_the_appstream_metainfo_is_valid() -> None:
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="needs desktop-file-utils (.ci/run)"
)
def test_the_desktop_entry_is_valid() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_metainfo_describes_this_release_and_launches_the_desktop_entry() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("project_license") == "GPL-3.0-or-later"
    releases = [r.get("version") for r in component.iter("release")]
    assert releases[0] == __version__  # the newest release first, and it is this one


def test_the_desktop_entry_starts_cercle_with_its_icon() -> None:
    groups = desktop_groups(DESKTOP.read_text(encoding="utf-8"))
    entry = groups["Desktop Entry"]
    assert entry["Exec"] == "cercle"  # install-desktop.sh puts the unpacked binary's path
    # Right-click in the menu: the demo, for whoever never opens a terminal.
    assert entry["Actions"] == "demo;"
    assert groups["Desktop Action demo"]["Exec"] == "cercle --demo"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert "animation" in entry["Keywords"]  # found from a French menu search too


def test_the_icon_has_every_size_each_platform_wants() -> None:
    icons = PACKAGING / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert png_size((icons / "png" / f"cercle-{size}.png").read_bytes()) == (size, size)

    ico = (icons / "cercle.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, _h, _c, _r, _p, _b, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * index : 22 + 16 * index]
        )
        image = ico[offset : offset + length]
        assert png_size(image)[0] == (width or 256)
        sizes.append(width or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]

    icns = (icons / "cercle.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    position, found = 8, []
    while position < len(icns):
        length = struct.unpack(">I", icns[position + 4 : position + 8])[0]
        found.append(png_size(icns[position + 8 : position + length])[0])
        position += length
    assert found == [16, 32, 64, 128, 256, 512, 1024]

    window = ROOT / "resources" / "icons" / "cercle.png"
    assert window.read_bytes() == (icons / "png" / "cercle-256.png").read_bytes()


def test_no_module_finds_a_shipped_file_from_its_own_path() -> None:
    """Shipped files are read through importlib.resources, as in the wheel and the bundle,
    or from ``resources.FOLDER`` (the window's first frame).

    A path built from ``__file__`` works from a source checkout and can break once frozen:
    the one exception is the data package's own folder, whose files the spec collects beside
    it (the frozen bundle's test reads the core's English words through it).
    """
    offenders = []
    for package in ("app", "ui", "models", "resources"):
        for source in (ROOT / package).rglob("*.py"):
            tree = ast.parse(source.read_text(encoding="utf-8"))
            if any(isinstance(n, ast.Name) and n.id == "__file__" for n in ast.walk(tree)):
                offenders.append(str(source.relative_to(ROOT)))
    assert offenders == ["resources/__init__.py"]


def test_the_version_has_one_source() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert not re.search(r"^version\s*=", pyproject, re.MULTILINE)
    assert 'path = "app/__init__.py"' in pyproject
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


def test_cercle_version_says_which_cercle_this_is(capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"cercle {__version__}"


def desktop_groups(text: str) -> dict[str, dict[str, str]]:
    """A .desktop file's groups ("Desktop Entry", "Desktop Action demo") and their keys."""
    groups: dict[str, dict[str, str]] = {}
    group: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("[") and line.endswith("]"):
            group = groups.setdefault(line[1:-1], {})
        elif "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            group[key] = value
    return groups


def exec_arguments(value: str) -> list[str]:
    """An Exec value read as the Desktop Entry spec says (no field codes in Cercle's)."""
    text = value.replace("\\\\", "\\")  # the string value's escapes first
    arguments = re.findall(r'"((?:[^"\\]|\\.)*)"|(\S+)', text)
    return [re.sub(r'\\(["`$\\])', r"\1", quoted) if quoted else bare for quoted, bare in arguments]


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_the_menu_entry_starts_the_unpacked_binary_wherever_it_was_unpacked(
    tmp_path: Path,
) -> None:
    """install-desktop.sh writes an entry whose Exec names this folder, quoted as it must."""
    folder = tmp_path / 'Mes logiciels $HOME "beta" \\ `x`' / "cercle-0.1.0"
    share = folder / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    (share / "icons/hicolor/48x48/apps").mkdir(parents=True)
    shutil.copy(DESKTOP, share / "applications")
    shutil.copy(METAINFO, share / "metainfo")
    shutil.copy(
        PACKAGING / "icons/png/cercle-48.png", share / f"icons/hicolor/48x48/apps/{APP_ID}.png"
    )
    script = folder / "install-desktop.sh"
    shutil.copy(PACKAGING / "linux" / "install-desktop.sh", script)
    data = tmp_path / "data"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(data)}

    done = subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    entry = data / "applications" / f"{APP_ID}.desktop"
    groups = desktop_groups(entry.read_text(encoding="utf-8"))
    values = groups["Desktop Entry"]
    # The Desktop Entry spec: a string value's backslashes are escaped (read first), then
    # quoted arguments escape " ` $ \\ with a backslash.
    assert exec_arguments(values["Exec"]) == [str(folder / "cercle")]
    assert values["TryExec"].replace("\\\\", "\\") == str(folder / "cercle")
    demo = exec_arguments(groups["Desktop Action demo"]["Exec"])
    assert demo == [str(folder / "cercle"), "--demo"]
    assert (data / "icons/hicolor/48x48/apps" / f"{APP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True
        )
        assert checked.returncode == 0, checked.stdout

    removed = subprocess.run(["sh", str(script), "--remove"], env=env, capture_output=True)
    assert removed.returncode == 0
    assert not entry.exists()
    assert not (data / "icons/hicolor/48x48/apps" / f"{APP_ID}.png").exists()
