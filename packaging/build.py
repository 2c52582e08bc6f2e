"""Build Cercle's desktop bundle: `make package` (or `.venv/bin/python packaging/build.py`).

1. PyInstaller builds the one-folder app from ``packaging/cercle.spec`` into ``dist/cercle``;
2. on Linux, the desktop entry, the AppStream metainfo, the icons and ``install-desktop.sh``
   are laid beside the binary (``share/…``, the freedesktop layout);
3. the folder is packed as ``dist/cercle-VERSION-PLATFORM.tar.gz`` (top folder
   ``cercle-VERSION``);
4. the figures are printed and written to ``dist/build-figures.json``: build time, size
   unpacked and compressed, the frozen window's start against the venv's (``--measure``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "org.cercle.Cercle"


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from app import __version__

    return __version__


def platform_tag() -> str:
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(sys.platform, "other")
    return f"{system}-{platform.machine().lower()}"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def add_linux_desktop_files(bundle: Path) -> None:
    """The freedesktop files, in the layout ``install-desktop.sh`` copies from."""
    linux = PACKAGING / "linux"
    share = bundle / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy(linux / f"{APP_ID}.desktop", share / "applications")
    shutil.copy(linux / f"{APP_ID}.metainfo.xml", share / "metainfo")
    for png in sorted((PACKAGING / "icons" / "png").glob("cercle-*.png")):
        size = png.stem.split("-")[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(png, target / f"{APP_ID}.png")
    script = bundle / "install-desktop.sh"
    shutil.copy(linux / "install-desktop.sh", script)
    script.chmod(0o755)


def pack(bundle: Path, archive: Path, top: str) -> None:
    """A .tar.gz whose one top folder is ``top`` (permissions kept, owner not)."""

    def anonymous(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=top, filter=anonymous)


def window_start(command: list[str], runs: int = 3) -> list[float]:
    """Seconds from launch until the window is shown and the event loop idle, then quits.

    Each run on a new, empty data folder (the migrations create the database), headless.
    """
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            env = {
                **os.environ,
                "CERCLE_HOME": home,
                "CERCLE_BENCH_EXIT_WHEN_IDLE": "1",
                "QT_QPA_PLATFORM": "offscreen",
            }
            started = time.perf_counter()
            subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
            times.append(time.perf_counter() - started)
    return times


def build(dist: Path, work: Path) -> dict[str, Any]:
    """Build, lay the desktop files, pack; return the figures."""
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(PACKAGING / "cercle.spec"),
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
        ],
        check=True,
        cwd=ROOT,
    )
    bundle = dist / "cercle"
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(bundle)
    built = time.perf_counter() - started
    archive = dist / f"cercle-{version()}-{platform_tag()}.tar.gz"
    pack(bundle, archive, f"cercle-{version()}")
    return {
        "version": version(),
        "bundle": str(bundle),
        "archive": str(archive),
        "build_seconds": round(built, 1),
        "pack_seconds": round(time.perf_counter() - started - built, 1),
        "unpacked_bytes": folder_size(bundle),
        "files": sum(1 for p in bundle.rglob("*") if p.is_file()),
        "compressed_bytes": archive.stat().st_size,
    }


def measure(figures: dict[str, Any]) -> None:
    """The frozen window's start against the same start from the venv, in place."""
    frozen = Path(str(figures["bundle"])) / "cercle"
    venv = Path(sys.executable).with_name("cercle")
    frozen_times = window_start([str(frozen)])
    venv_times = window_start([str(venv)])
    figures["frozen_start_first_seconds"] = round(frozen_times[0], 2)
    figures["frozen_start_median_seconds"] = round(statistics.median(frozen_times), 2)
    figures["venv_start_first_seconds"] = round(venv_times[0], 2)
    figures["venv_start_median_seconds"] = round(statistics.median(venv_times), 2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-measure", action="store_true", help="skip the start-time measurement")
    args = parser.parse_args(argv)
    figures = build(args.dist, args.work)
    if not args.no_measure:
        measure(figures)
    (args.dist / "build-figures.json").write_text(json.dumps(figures, indent=2) + "\n")
    mib = 1024 * 1024
    print(f"bundle      {figures['bundle']}  ({figures['files']} files)")
    print(f"archive     {figures['archive']}")
    print(f"build       {figures['build_seconds']} s (+ {figures['pack_seconds']} s to pack)")
    print(
        f"size        {int(figures['unpacked_bytes']) / mib:.0f} MiB unpacked, "
        f"{int(figures['compressed_bytes']) / mib:.0f} MiB compressed"
    )
    if "frozen_start_median_seconds" in figures:
        print(
            f"window start (empty data folder, headless): frozen "
            f"{figures['frozen_start_first_seconds']} s first, "
            f"{figures['frozen_start_median_seconds']} s median; venv "
            f"{figures['venv_start_first_seconds']} s first, "
            f"{figures['venv_start_median_seconds']} s median"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
