"""A person with no Python tools unpacks the bundle and uses Cercle.

Marked ``package`` (a minute or two of PyInstaller): `make test-package`, and CI after
`make test`. The bundle is built once into a temporary folder, its tarball unpacked in a
fresh folder — as a throwaway user when the test runs as root — and the frozen ``cercle``
runs with a PATH that holds no Python and a home whose data folder does not exist yet.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import __version__
from tests.test_packaging import desktop_groups, exec_arguments

pytestmark = pytest.mark.package

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.cercle.Cercle"
# What a bare desktop has, and what install-desktop.sh uses: no Python among them.
TOOLS = (
    "tar",
    "gzip",
    "sh",
    "sed",
    "mkdir",
    "cp",
    "mv",
    "rm",
    "find",
    "dirname",
    "basename",
    "cat",
)
X_TOOLS = ("Xvfb", "xdotool", "import")


@dataclass
class Person:
    """Someone with a home of their own, a PATH without Python, maybe another user id."""

    home: Path
    path: str
    user: str | None = None
    extra_env: dict[str, str] = field(default_factory=dict)

    def env(self) -> dict[str, str]:
        return {
            "HOME": str(self.home),
            "PATH": self.path,
            "LANG": "C.UTF-8",
            "USER": self.user or pwd.getpwuid(os.getuid()).pw_name,
            **self.extra_env,
        }

    def command(self, argv: list[str]) -> list[str]:
        if self.user is None:
            return argv
        return ["runuser", "-u", self.user, "--", "env", "-i", *self._env_args(), *argv]

    def _env_args(self) -> list[str]:
        return [f"{key}={value}" for key, value in self.env().items()]

    def run(self, argv: list[str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(argv),
            env=self.env() if self.user is None else None,
            cwd=self.home,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def start(self, argv: list[str]) -> subprocess.Popen[str]:
        return subprocess.Popen(
            self.command(argv),
            env=self.env() if self.user is None else None,
            cwd=self.home,
            stderr=subprocess.PIPE,
            text=True,
        )


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The bundle, built once for this module (without the start-time measurement).

    ``CERCLE_TEST_DIST=dist`` tests the bundle `make package` already built instead.
    """
    prebuilt = os.environ.get("CERCLE_TEST_DIST")
    if prebuilt:
        figures: dict[str, object] = json.loads((Path(prebuilt) / "build-figures.json").read_text())
        return figures
    pytest.importorskip("PyInstaller", reason="`make test-package` installs PyInstaller")
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(dist),
            "--work",
            str(tmp_path_factory.mktemp("work")),
            "--no-measure",
        ],
        check=True,
        timeout=1200,
    )
    built: dict[str, object] = json.loads((dist / "build-figures.json").read_text())
    return built


@pytest.fixture(scope="module")
def person() -> Iterator[Person]:
    """A throwaway user (as root) or the current one, in a fresh world-readable folder."""
    folder = Path(tempfile.mkdtemp(prefix="cercle-trial-"))
    folder.chmod(0o755)
    bin_dir = folder / "bin"
    bin_dir.mkdir()
    for tool in TOOLS:
        found = shutil.which(tool)
        assert found is not None, tool
        (bin_dir / tool).symlink_to(found)
    assert not any((bin_dir / name).exists() for name in ("python", "python3", "pip"))
    home = folder / "home"
    user = None
    if os.geteuid() == 0 and shutil.which("useradd") and shutil.which("runuser"):
        user = f"cercle-t{os.getpid()}"
        subprocess.run(
            ["useradd", "--home-dir", str(home), "--create-home", "--shell", "/bin/sh", user],
            check=True,
        )
    else:
        home.mkdir()
    try:
        yield Person(home=home, path=str(bin_dir), user=user)
    finally:
        if user is not None:
            subprocess.run(["userdel", "--force", user], check=False)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def unpacked(figures: dict[str, object], person: Person) -> Path:
    """The tarball, copied where the person can read it and unpacked by them."""
    archive = Path(str(figures["archive"]))
    download = person.home / archive.name
    shutil.copy(archive, download)
    download.chmod(0o644)
    if person.user is not None:
        shutil.chown(download, person.user)
    with tarfile.open(download) as tar:
        tops = {name.split("/", 1)[0] for name in tar.getnames()}
    assert tops == {f"cercle-{__version__}"}
    done = person.run(["tar", "-xzf", str(download), "-C", str(person.home)])
    assert done.returncode == 0, done.stderr
    return person.home / f"cercle-{__version__}"


def test_the_bundle_is_one_folder_of_reasonable_size(figures: dict[str, object]) -> None:
    mib = 1024 * 1024
    assert int(str(figures["unpacked_bytes"])) < 260 * mib
    assert int(str(figures["compressed_bytes"])) < 110 * mib
    bundle = Path(str(figures["bundle"]))
    internal = bundle / "_internal"
    # The whole trees, collected as package data: files added later ship without a spec edit.
    assert (internal / "resources" / "methods" / "codev.toml").is_file()
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (internal / "resources" / "translations" / "cercle_en.qm").is_file()
    assert (internal / "resources" / "icons" / "cercle.png").is_file()
    versions = internal / "models" / "migrations" / "versions"
    shipped = sorted(p.name for p in versions.glob("0*.py"))
    assert shipped == sorted(p.name for p in (ROOT / "models/migrations/versions").glob("0*.py"))
    # Qt modules Cercle does not use stay out.
    names = {p.name for p in internal.rglob("*")}
    for unwanted in ("libQt6Quick.so.6", "libQt6Qml.so.6", "libQt6Pdf.so.6", "QtNetwork.abi3.so"):
        assert unwanted not in names
    assert not list(internal.rglob("libavif*"))


def test_the_frozen_cercle_runs_without_python_on_an_empty_home(
    unpacked: Path, person: Person
) -> None:
    cercle = str(unpacked / "cercle")
    data = person.home / ".local" / "share" / "Cercle"
    assert not data.exists()

    version = person.run([cercle, "--version"])
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"cercle {__version__}"

    demo = person.run([cercle, "demo"], timeout=300)
    assert demo.returncode == 0, demo.stderr
    assert (data / "cercle-demo.sqlite3").is_file()  # the migrations ran, frozen

    pdf = person.home / "compte-rendu.pdf"
    export = person.run([cercle, "--demo", "export-minutes", "--session", "6", "--out", str(pdf)])
    assert export.returncode == 0, export.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Compte rendu de la séance 6" in text and "Codéveloppement" in text
    assert b"DejaVuSans" in pdf.read_bytes()  # the bundled fonts were found, frozen

    check = person.run([cercle, "--demo", "check"])
    assert check.returncode == 0, check.stdout + check.stderr

    methods = person.run([cercle, "--lang", "en", "methods"])
    assert methods.returncode == 0 and "Lean Coffee" in methods.stdout
    info = person.run([cercle, "--lang", "en", "info"])  # the core's English catalogue, frozen
    assert info.returncode == 0 and "Data folder:" in info.stdout, info.stdout + info.stderr


@pytest.mark.skipif(
    any(shutil.which(t) is None for t in X_TOOLS), reason="needs Xvfb, xdotool, ImageMagick"
)
def test_the_application_menu_entry_opens_the_window_on_their_own_database(
    unpacked: Path, person: Person, artifacts: Path
) -> None:
    installed = person.run([str(unpacked / "install-desktop.sh")])
    assert installed.returncode == 0, installed.stderr
    entry_file = person.home / ".local/share/applications" / f"{APP_ID}.desktop"
    entry = desktop_groups(entry_file.read_text(encoding="utf-8"))["Desktop Entry"]
    assert (person.home / ".local/share/icons/hicolor/256x256/apps" / f"{APP_ID}.png").is_file()
    argv = exec_arguments(entry["Exec"])
    assert argv == [str(unpacked / "cercle")]

    read, write = os.pipe()
    xvfb = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            "1366x768x24",
            "-nolisten",
            "tcp",
            "-ac",
        ],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            display = f":{pipe.readline().strip()}"
        person.extra_env = {"DISPLAY": display}
        app = person.start(argv)
        try:
            x_env = {**os.environ, "DISPLAY": display}
            found = subprocess.run(
                ["xdotool", "search", "--sync", "--onlyvisible", "--name", "^Cercle$"],
                env=x_env,
                capture_output=True,
                text=True,
                timeout=90,
            )
            assert found.returncode == 0, app.stderr.read() if app.poll() is not None else ""
            shot = artifacts / "frozen-window-xvfb.png"
            subprocess.run(
                ["import", "-window", found.stdout.split()[0], str(shot)],
                env=x_env,
                check=True,
                timeout=60,
            )
            assert shot.stat().st_size > 10_000  # a drawn window, not a blank rectangle
            own = person.home / ".local/share/Cercle/cercle.sqlite3"
            # The window shows before the file is there: the frozen migrations create it
            # behind the welcome (ui.shell.quick_start). A real process, so a bounded real wait.
            deadline = time.monotonic() + 60
            while not own.is_file() and app.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            assert own.is_file()  # their own database, created empty by the frozen migrations
        finally:
            app.send_signal(signal.SIGTERM)
            app.wait(timeout=30)
    finally:
        person.extra_env = {}
        xvfb.terminate()
        xvfb.wait(timeout=30)


def test_the_wheel_installs_in_an_isolated_environment_and_finds_its_resources(
    tmp_path: Path,
) -> None:
    """What `pipx install .` does: the wheel in a fresh environment of its own.

    It holds what the bundle holds, and run from elsewhere it finds its methods and
    migrations in the installed package, not in this checkout.
    """
    wheels = tmp_path / "wheels"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    (wheel,) = wheels.glob("cercle-*.whl")
    assert wheel.name.startswith(f"cercle-{__version__}-")
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "models/migrations/env.py",
        "models/migrations/script.py.mako",
        "models/migrations/versions/0001_foundation_schema.py",
        "resources/methods/codev.toml",
        "resources/fonts/DejaVuSans.ttf",
        "resources/translations/cercle_en.qm",
        "resources/translations/core_en.json",
        "resources/icons/cercle.png",
    ):
        assert expected in names

    venv = tmp_path / "isolated"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    installed = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert installed.returncode == 0, installed.stderr
    env = {**os.environ, "CERCLE_HOME": str(tmp_path / "home")}
    cercle = str(venv / "bin" / "cercle")
    version = subprocess.run(
        [cercle, "--version"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert version.stdout.strip() == f"cercle {__version__}"
    created = subprocess.run(
        [cercle, "--lang", "en", "network", "create", "Réseau test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert created.returncode == 0, created.stderr  # a new database: the shipped migrations ran
    assert (tmp_path / "home" / "cercle.sqlite3").is_file()
    info = subprocess.run(
        [cercle, "--lang", "en", "info"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert info.returncode == 0 and "Networks: 1" in info.stdout, info.stderr
