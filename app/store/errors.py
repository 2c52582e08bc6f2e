"""What can go wrong when opening a database, in words a facilitator can act on."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.i18n import _

if TYPE_CHECKING:
    from app.store.address import Location


class StoreError(Exception):
    """A database that Cercle cannot open as asked. ``str()`` is the message to show."""

    def __init__(self, message: str, path: Location | None = None) -> None:
        super().__init__(message)
        self.path = path


class AlreadyOpenError(StoreError):
    def __init__(self, path: Location) -> None:
        super().__init__(
            _(
                "Cette base de données est déjà ouverte dans une autre fenêtre Cercle : {path}. "
                "Fermez l'autre Cercle, ou ouvrez un autre fichier avec --db."
            ).format(path=path),
            path,
        )


class NotADatabaseError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            _(
                "Le fichier {path} n'est pas une base de données Cercle (ce n'est pas un "
                "fichier SQLite). Il n'a pas été modifié. Choisissez un autre fichier."
            ).format(path=path),
            path,
        )


class NotCercleDatabaseError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            _(
                "Le fichier {path} est une base SQLite, mais pas une base Cercle. "
                "Il n'a pas été modifié. Choisissez un autre fichier."
            ).format(path=path),
            path,
        )


class CorruptDatabaseError(StoreError):
    def __init__(self, path: Path, detail: str = "") -> None:
        message = _(
            "La base de données {path} est endommagée et ne peut pas être ouverte sans risque. "
            "Elle n'a pas été modifiée. Ses sauvegardes sont dans le dossier « backups » à côté "
            "d'elle."
        ).format(path=path)
        super().__init__(message + (f" ({detail})" if detail else ""), path)


class NewerDatabaseError(StoreError):
    def __init__(self, path: Location, revision: str) -> None:
        super().__init__(
            _(
                "La base de données {path} a été créée par une version plus récente de Cercle "
                "(schéma {revision}). Mettez Cercle à jour pour l'ouvrir ; elle n'a pas été "
                "modifiée."
            ).format(path=path, revision=revision),
            path,
        )


class ReadOnlyLocationError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            _(
                "Cercle ne peut pas écrire dans {path} (dossier ou fichier en lecture seule). "
                "Copiez la base dans un dossier où vous pouvez écrire, ou choisissez un autre "
                "fichier avec --db."
            ).format(path=path),
            path,
        )


class NotAFileError(StoreError):
    """A folder (or a device, a pipe…) where a database file was expected."""

    def __init__(self, path: Path, folder: bool) -> None:
        message = (
            _(
                "{path} est un dossier, pas une base de données : donnez le chemin d'un "
                "fichier, par exemple {example}."
            )
            if folder
            else _(
                "{path} n'est pas un fichier ordinaire (c'est un périphérique ou un tube) : "
                "donnez le chemin d'un fichier de base de données, par exemple {example}."
            )
        )
        example = path / "cercle.sqlite3" if folder else path.with_name("cercle.sqlite3")
        super().__init__(message.format(path=path, example=example), path)


class EmptyDatabaseError(CorruptDatabaseError):
    """A database file of 0 bytes: what is left of a file, never a database Cercle wrote."""

    def __init__(self, path: Path) -> None:
        StoreError.__init__(
            self,
            _(
                "Le fichier {path} est vide (0 octet) : ce n'est pas une base Cercle, ou elle "
                "a été perdue. Il n'a pas été modifié. Remettez une sauvegarde (cercle restore), "
                "ou supprimez ce fichier pour commencer une base neuve."
            ).format(path=path),
            path,
        )


class UnreachablePathError(StoreError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            _(
                "Cercle ne peut pas suivre le chemin {path} ({detail}) : donnez un autre fichier."
            ).format(path=path, detail=detail),
            path,
        )


class ServerHasNoFileError(StoreError):
    """A file operation (backup, restore, copy) asked of a database on a server."""

    def __init__(self, location: Location) -> None:
        super().__init__(
            _(
                "La base {url} est sur un serveur PostgreSQL : ses sauvegardes sont celles de "
                "l'administrateur du serveur (pg_dump, pg_restore), pas celles de Cercle."
            ).format(url=location),
            location,
        )


class MissingExtensionError(StoreError):
    """The server lacks a PostgreSQL extension the search needs (migration 0007), and this
    role may not create it. Nothing was changed: the migration's transaction rolled back."""

    def __init__(self, location: Location, extension: str, available: bool) -> None:
        if available:
            message = _(
                "La recherche de Cercle a besoin de l'extension PostgreSQL « {extension} », "
                "que ce compte n'a pas le droit de créer : un administrateur doit exécuter "
                "« CREATE EXTENSION {extension}; » dans la base {url}, puis relancez Cercle."
            )
        else:
            message = _(
                "La recherche de Cercle a besoin de l'extension PostgreSQL « {extension} », "
                "absente de ce serveur : un administrateur doit installer le paquet "
                "postgresql-contrib puis exécuter « CREATE EXTENSION {extension}; » dans la "
                "base {url}, puis relancez Cercle."
            )
        super().__init__(message.format(extension=extension, url=location), location)
        self.extension = extension
