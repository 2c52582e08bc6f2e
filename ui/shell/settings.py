"""Preferences that outlive a session, declared with their type and default.

They live in an INI file beside the database folder's data (``settings.ini`` in Cercle's
data directory), so that tests, which get their own data directory, never share them.
"""

# No ``from __future__ import annotations``: ``Option`` is a ``typing.NamedTuple``, which
# would compile each field's annotation string on the window's first frame.

from typing import Generic, NamedTuple, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

from app.paths import data_dir

T = TypeVar("T", str, bool, int, QByteArray)


class Option(NamedTuple, Generic[T]):
    key: str
    default: T


GEOMETRY = Option("window/geometry", QByteArray())
LAST_NETWORK = Option("home/last_network", "")
LANGUAGE = Option("general/language", "")
PROJECTOR_THEME = Option("projector/theme", "dark")
# True while the projector is open during a session: after a crash, it opens again.
PROJECTOR_OPEN = Option("projector/open", False)
# The organisation's server (« Publier », « Mettre à jour »): an address without password
# (libpq's ~/.pgpass holds it), and who the facilitator is there (a name or an e-mail).
EXCHANGE_SERVER = Option("exchange/server", "")
EXCHANGE_ME = Option("exchange/me", "")
AUDIBLE_CUES = Option("cockpit/audible_cues", False)  # a sound at 80 % and at the end


class Settings:
    def __init__(self) -> None:
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        self._qt = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)

    def get(self, option: Option[T]) -> T:
        value = self._qt.value(option.key, option.default, type=type(option.default))
        return cast(T, value)

    def set(self, option: Option[T], value: T) -> None:
        self._qt.setValue(option.key, value)
        self._qt.sync()
