"""Importing members from a spreadsheet — French or English settings.

CSV with ``;``, ``,`` or tab separators in UTF-8, UTF-16 or an 8-bit encoding, ``.xlsx``
workbooks, rows pasted from a spreadsheet (``app.spreadsheet`` reads them, whole or not at
all); quoted fields that hold separators or line breaks; empty lines. ``preview`` writes
nothing and says, row by row, what would happen (new member, existing person joining,
duplicate, error); ``apply`` writes the rows of a preview that has no file-level error, in
the caller's transaction — so it is all or nothing.
"""

from __future__ import annotations

import enum
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.engine.errors import EngineError
from app.i18n import _
from app.membership import join
from app.spreadsheet import Table, TableError, parse_text, read_table
from app.text import fold
from models import Member, Membership, MembershipRole, Network

HEADERS = {
    "name": ("nom complet", "full name", "name", "nom", "membre", "participant", "participante"),
    "first": ("prenom", "first name", "firstname", "given name"),
    "last": ("nom de famille", "last name", "lastname", "surname", "family name"),
    "email": (
        "email",
        "e-mail",
        "courriel",
        "mail",
        "adresse e-mail",
        "adresse mail",
        "adresse email",
    ),
    "unit": (
        "unite",
        "service",
        "direction",
        "departement",
        "department",
        "unit",
        "team",
        "equipe",
        "site",
    ),
    "role": ("role", "fonction", "role dans le reseau"),
}
ROLES = {
    "membre": MembershipRole.MEMBER,
    "member": MembershipRole.MEMBER,
    "participant": MembershipRole.MEMBER,
    "participante": MembershipRole.MEMBER,
    "animateur": MembershipRole.FACILITATOR,
    "animatrice": MembershipRole.FACILITATOR,
    "facilitateur": MembershipRole.FACILITATOR,
    "facilitatrice": MembershipRole.FACILITATOR,
    "facilitator": MembershipRole.FACILITATOR,
    "leader": MembershipRole.LEADER,
    "pilote": MembershipRole.LEADER,
    "sponsor": MembershipRole.SPONSOR,
    "commanditaire": MembershipRole.SPONSOR,
}
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class RowStatus(enum.StrEnum):
    NEW = "new"  # a new person, added to the network
    JOIN = "join"  # a person already known to Cercle (another network) joins this one
    DUPLICATE = "duplicate"  # already a member, or twice in the file: skipped
    ERROR = "error"  # cannot be imported as it is: named, skipped


@dataclass(frozen=True)
class ImportRow:
    line: int
    name: str
    email: str | None
    unit: str
    role: MembershipRole
    status: RowStatus
    message: str = ""
    member_id: uuid.UUID | None = None  # the existing person, for JOIN


@dataclass(frozen=True)
class Preview:
    network_id: uuid.UUID
    encoding: str
    delimiter: str
    rows: tuple[ImportRow, ...]
    problem: str = ""  # a file-level problem: nothing can be imported

    def count(self, status: RowStatus) -> int:
        """How many previewed rows have ``status``."""
        return sum(1 for r in self.rows if r.status is status)

    @property
    def importable(self) -> tuple[ImportRow, ...]:
        """The rows an import would write: newcomers and people joining."""
        return tuple(r for r in self.rows if r.status in (RowStatus.NEW, RowStatus.JOIN))


def _column(headers: list[str], field: str) -> int | None:
    folded = [fold(h).replace("_", " ") for h in headers]
    for alias in HEADERS[field]:
        if alias in folded:
            return folded.index(alias)
    return None


def preview(db: Session, network_id: uuid.UUID, data: bytes) -> Preview:
    """What importing the file ``data`` (CSV, text or .xlsx) would do; writes nothing."""
    try:
        table = read_table(data)
    except TableError as error:
        return Preview(network_id, "", "", (), str(error))
    return preview_table(db, network_id, table)


def preview_pasted(db: Session, network_id: uuid.UUID, text: str) -> Preview:
    """What adding rows pasted from a spreadsheet would do. Without a header row, the
    columns are taken as name, e-mail, service, role (the order of the add form)."""
    try:
        table = parse_text(text)
    except TableError as error:
        return Preview(network_id, "", "", (), str(error))
    if table.records and not _has_name_column(table.records[0][1]):
        table = Table(
            [(0, [_("Nom"), _("Courriel"), _("Service"), _("Rôle")]), *table.records],
            table.encoding,
            table.delimiter,
        )
    return preview_table(db, network_id, table)


def _has_name_column(headers: list[str]) -> bool:
    return any(_column(headers, field) is not None for field in ("name", "first", "last"))


def preview_table(db: Session, network_id: uuid.UUID, table: Table) -> Preview:
    """What importing the rows of ``table`` (its first row names the columns) would do."""
    encoding, delimiter, records = table.encoding, table.delimiter, table.records
    if not records:
        return Preview(network_id, encoding, delimiter, (), _("Le fichier est vide."))
    headers = records[0][1]
    columns = _Columns.of(headers)
    if columns is None:
        return Preview(
            network_id,
            encoding,
            delimiter,
            (),
            _("Il manque une colonne « Nom » (ou « Name ») : colonnes trouvées : {found}.").format(
                found=", ".join(h.strip() for h in headers) or "—"
            ),
        )
    known = _Known.read(db, network_id)
    seen: dict[str, int] = {}
    rows = []
    for number, record in records[1:]:
        name, email, unit, role_text = columns.fields(record)
        row = partial(
            ImportRow, number, name, email, unit, ROLES.get(role_text, MembershipRole.MEMBER)
        )
        problem = _problem(name, email, role_text, columns.cell(record, columns.role))
        if problem:
            rows.append(row(RowStatus.ERROR, problem))
            continue
        keys = [f"n:{fold(name)}"] + ([f"e:{email.casefold()}"] if email else [])
        twin = next((seen[k] for k in keys if k in seen), None)
        if twin is not None:
            rows.append(row(RowStatus.DUPLICATE, _("doublon de la ligne {line}").format(line=twin)))
            continue
        for key in keys:
            seen[key] = number
        rows.append(row(*known.match(name, email)))
    return Preview(network_id, encoding, delimiter, tuple(rows))


@dataclass(frozen=True)
class _Columns:
    """Where each field is in the file's rows (None: no such column)."""

    name: int | None
    first: int | None
    last: int | None
    email: int | None
    unit: int | None
    role: int | None

    @classmethod
    def of(cls, headers: list[str]) -> _Columns | None:
        """The columns named by ``headers``; None when no column gives a name."""
        name, first, last = (_column(headers, f) for f in ("name", "first", "last"))
        if first is not None and name is not None and last is None:
            last, name = name, None  # "Prénom" + "Nom": the family name is in "Nom"
        if name is None and first is None and last is None:
            return None
        email, unit, role = (_column(headers, f) for f in ("email", "unit", "role"))
        return cls(name, first, last, email, unit, role)

    @staticmethod
    def cell(record: list[str], column: int | None) -> str:
        """One cell's text, stripped ("" when the row is shorter or there is no column)."""
        return record[column].strip() if column is not None and column < len(record) else ""

    def fields(self, record: list[str]) -> tuple[str, str | None, str, str]:
        """The row's name (or first and last names joined), e-mail, unit and folded role."""
        name = self.cell(record, self.name) or " ".join(
            part for part in (self.cell(record, self.first), self.cell(record, self.last)) if part
        )
        email = self.cell(record, self.email) or None
        role_text = fold(self.cell(record, self.role))
        return " ".join(name.split()), email, self.cell(record, self.unit), role_text


def _problem(name: str, email: str | None, role_text: str, role_cell: str) -> str:
    """Why a row cannot be imported, in a few words ("" when it can)."""
    if not name:
        return _("le nom est vide")
    if email is not None and not EMAIL.match(email):
        return _("adresse e-mail invalide : {email}").format(email=email)
    if role_text and role_text not in ROLES:
        return _("rôle inconnu : {role} (membre, animateur, leader, sponsor)").format(
            role=role_cell
        )
    return ""


@dataclass(frozen=True)
class _Known:
    """The people already in the database, as an import recognises them."""

    in_network: set[uuid.UUID]
    gone: set[uuid.UUID]  # left the network: importing them brings them back
    by_email: dict[str, uuid.UUID]
    by_name: dict[str, uuid.UUID]

    @classmethod
    def read(cls, db: Session, network_id: uuid.UUID) -> _Known:
        """Everyone, and who is in (or has left) the network ``network_id``."""
        members = {m.id: m for m in db.scalars(select(Member))}
        in_network: set[uuid.UUID] = set()
        gone: set[uuid.UUID] = set()
        for member_id, left_on in db.execute(
            select(Membership.member_id, Membership.left_on).where(
                Membership.network_id == network_id
            )
        ):
            (gone if left_on is not None else in_network).add(member_id)
        by_email = {m.email.casefold(): m.id for m in members.values() if m.email}
        by_name = {fold(m.name): m.id for m in members.values()}
        return cls(in_network, gone, by_email, by_name)

    def match(self, name: str, email: str | None) -> tuple[RowStatus, str, uuid.UUID | None]:
        """What importing this person does: new, joins (again), or already a member."""
        known = (self.by_email.get(email.casefold()) if email else None) or self.by_name.get(
            fold(name)
        )
        if known is None:
            return RowStatus.NEW, "", None
        if known in self.in_network:
            return RowStatus.DUPLICATE, _("déjà membre du réseau"), known
        if known in self.gone:
            return RowStatus.JOIN, _("avait quitté le réseau : y revient"), known
        return RowStatus.JOIN, _("déjà connu·e dans un autre réseau : rejoint celui-ci"), known


def apply(db: Session, previewed: Preview, now: datetime) -> int:
    """Write the importable rows of ``previewed``; returns how many people joined."""
    if previewed.problem:
        raise EngineError(previewed.problem)
    network = db.get(Network, previewed.network_id)
    if network is None:
        raise EngineError(_("Ce réseau n'existe pas."))
    for r in previewed.importable:
        if r.status is RowStatus.JOIN and r.member_id is not None:
            member = db.get_one(Member, r.member_id)
        else:
            member = Member(name=r.name, email=r.email, unit=r.unit, created_at=now)
            db.add(member)
        join(db, network, member, now.date(), r.role)
    return len(previewed.importable)
