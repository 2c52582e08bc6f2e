"""Can a window be shown here? Asked before anything is written.

When Qt cannot reach a display, or cannot load its platform plugin for lack of a system
library, it aborts the whole process (SIGABRT) with a message meant for developers — after
Cercle may already have written a database. These checks ask the same questions beforehand,
without importing Qt (this is the core): the environment, then the platform plugin loaded
the way Qt loads it (``dlopen`` names the missing library), then the X server itself.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.i18n import _

if TYPE_CHECKING:
    from ctypes import CDLL

# Platforms that need no screen at all (tests, remote access, kiosks).
_HEADLESS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay")
# Libraries named by the loader → the Debian/Ubuntu package that brings them.
_PACKAGES = {
    "libxcb-cursor": "libxcb-cursor0",
    "libxcb-icccm": "libxcb-icccm4",
    "libxcb-keysyms": "libxcb-keysyms1",
    "libxcb-image": "libxcb-image0",
    "libxcb-render-util": "libxcb-render-util0",
    "libxcb-shape": "libxcb-shape0",
    "libxkbcommon-x11": "libxkbcommon-x11-0",
    "libxkbcommon": "libxkbcommon0",
    "libEGL": "libegl1",
    "libfontconfig": "libfontconfig1",
    "libdbus-1": "libdbus-1-3",
    "libGL": "libgl1",
    "libX11-xcb": "libx11-xcb1",
}


def platform_plugins() -> Path | None:
    """The folder of Qt's platform plugins shipped with PySide6 (found without importing it)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms"
    return folder if folder.is_dir() else None


def window_problem(
    environ: dict[str, str] | None = None, plugins: Path | None = None, platform: str = ""
) -> str | None:
    """Why no window can be shown here, in one sentence naming what to install or set; None
    when one can (or when Cercle cannot tell: Qt then has the last word)."""
    env = dict(os.environ if environ is None else environ)
    if not (platform or sys.platform).startswith("linux"):
        return None  # Windows and macOS always have their own display
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if chosen.startswith(_HEADLESS):
        return None
    display, wayland = env.get("DISPLAY", ""), env.get("WAYLAND_DISPLAY", "")
    if not display and not wayland:
        return _(
            "Cercle ne peut pas ouvrir sa fenêtre : aucun écran n'est disponible (ni DISPLAY ni "
            "WAYLAND_DISPLAY n'est défini). Lancez-le depuis une session de bureau, ou utilisez "
            "ses commandes sans fenêtre (cercle --help) ; rien n'a été écrit."
        )
    if chosen.startswith("wayland") or (wayland and not chosen):
        return None
    folder = plugins if plugins is not None else platform_plugins()
    if folder is None:
        return None
    problem = _plugin_problem(folder / "libqxcb.so")
    if problem is None and display:
        problem = _x_server_problem(display)
    return problem


def _plugin_problem(plugin: Path) -> str | None:
    if not plugin.exists():
        return None
    import ctypes  # here: the off-screen and Wayland starts never need it (ctypes.util: 10 ms)
    import re

    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        missing = re.match(r"\s*([^:\s]+\.so[.\d]*)", str(error))
        library = missing.group(1) if missing and "/" not in missing.group(1) else ""
        if not library:
            return _(
                "Cercle ne peut pas ouvrir sa fenêtre : le module d'affichage de Qt ne se charge "
                "pas ({error}). Réinstallez Cercle ; rien n'a été écrit."
            ).format(error=error)
        stem = library.split(".so")[0]
        package = _PACKAGES.get(stem, stem.removeprefix("lib"))
        return _(
            "Cercle ne peut pas ouvrir sa fenêtre : il manque la bibliothèque système {library}. "
            "Installez-la (sur Debian ou Ubuntu : apt-get install {package}) ; rien n'a été écrit."
        ).format(library=library, package=package)
    return None


def _libxcb() -> CDLL | None:
    """The X client library, by its usual name first: ``find_library`` runs ``ldconfig -p``
    (tens of milliseconds at every start on an X desktop)."""
    import ctypes

    try:
        return ctypes.CDLL("libxcb.so.1")
    except OSError:
        pass
    import ctypes.util

    name = ctypes.util.find_library("xcb")
    if name is None:
        return None
    try:
        return ctypes.CDLL(name)
    except OSError:
        return None


def _x_server_problem(display: str) -> str | None:
    xcb = _libxcb()
    if xcb is None:
        return None
    import ctypes

    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        failed = xcb.xcb_connection_has_error(connection) != 0
    finally:
        xcb.xcb_disconnect(connection)
    if failed:
        return _(
            "Cercle ne peut pas ouvrir sa fenêtre : l'écran {display} ne répond pas. Vérifiez "
            "la variable DISPLAY, ou lancez Cercle depuis une session de bureau ; rien n'a été "
            "écrit."
        ).format(display=display)
    return None
