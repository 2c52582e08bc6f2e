"""A facilitator's own networks and their people: create, rename, archive, delete; add,
edit, leave and come back.

Each function works in the caller's transaction (one command = one transaction: the
workspace and the command line each open it). Refusals are ``EngineError`` with one
sentence naming the problem; nothing is written then.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Unpack, cast

from sqlalchemy import delete as sql_delete
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.engine.errors import EngineError
from app.i18n import _
from app.membership import come_back, join, leave
from app.network_profile import PROFILE_VALUES, ProfileFields, ProfileValues, update_profile
from app.planning import create_network
from app.text import fold
from models import (
    Meeting,
    Member,
    Membership,
    MembershipRole,
    Network,
    NetworkKind,
    RepertoireEntry,
)

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PROFILE_FIELDS = ("kind", *PROFILE_VALUES)


def create(db: Session, name: str, now: datetime, **fields: Unpack[ProfileValues]) -> uuid.UUID:
    """A new network: only the name is required, the rest may come now or later."""
    unknown = set(fields) - set(PROFILE_FIELDS)  # the command line passes what it parsed
    if unknown:
        raise EngineError(_("Champ inconnu : {name}.").format(name=", ".join(sorted(unknown))))
    if fields.get("kind") and str(fields["kind"]) not in {k.value for k in NetworkKind}:
        raise EngineError(
            _("Type de réseau inconnu : {kind} ({known}).").format(
                kind=fields["kind"], known=", ".join(k.value for k in NetworkKind)
            )
        )
    network = create_network(db, name, now)
    given = {key: value for key, value in fields.items() if value is not None}  # None: not given
    update_profile(db, network.id, **cast(ProfileFields, given))
    db.flush()
    return network.id


def find(db: Session, name: str) -> Network:
    """The network called ``name`` (case and accents aside), archived or not."""
    wanted = fold(name)
    networks = list(db.scalars(select(Network)))
    found = next((n for n in networks if fold(n.name) == wanted), None)
    if found is None:
        names = ", ".join(sorted((n.name for n in networks), key=fold)) or "—"
        raise EngineError(
            _("Aucun réseau ne s'appelle « {name} » (réseaux : {names}).").format(
                name=name, names=names
            )
        )
    return found


def rename(db: Session, network_id: uuid.UUID, name: str) -> None:
    """Rename a network (a name another network has is refused)."""
    update_profile(db, network_id, name=name)


def set_archived(db: Session, network_id: uuid.UUID, now: datetime | None) -> None:
    """Archive (``now``) or bring back (None) a network; its history is untouched."""
    network = db.get_one(Network, network_id)
    network.archived_at = now
    db.flush()


@dataclass(frozen=True)
class NetworkRow:
    id: uuid.UUID
    name: str
    kind: NetworkKind | None
    members: int
    sessions: int
    archived: bool


def listing(db: Session) -> list[NetworkRow]:
    """Every network, archived ones too, by name."""
    members = dict(
        db.execute(
            select(Membership.network_id, func.count())
            .where(Membership.left_on.is_(None))
            .group_by(Membership.network_id)
        ).all()
    )
    sessions = dict(
        db.execute(select(Meeting.network_id, func.count()).group_by(Meeting.network_id)).all()
    )
    return sorted(
        (
            NetworkRow(
                n.id,
                n.name,
                n.kind,
                members.get(n.id, 0),
                sessions.get(n.id, 0),
                n.archived_at is not None,
            )
            for n in db.scalars(select(Network))
        ),
        key=lambda r: fold(r.name),
    )


@dataclass(frozen=True)
class Loss:
    """What deleting a network loses, said before anything is deleted."""

    name: str
    sessions: int
    members: int
    entries: int


def loss(db: Session, network_id: uuid.UUID) -> Loss:
    """What deleting the network would lose: its sessions, people and entries, counted."""
    network = db.get_one(Network, network_id)
    return Loss(
        network.name,
        int(db.scalar(select(func.count()).where(Meeting.network_id == network_id)) or 0),
        int(db.scalar(select(func.count()).where(Membership.network_id == network_id)) or 0),
        int(db.scalar(select(func.count()).where(RepertoireEntry.network_id == network_id)) or 0),
    )


def delete(db: Session, network_id: uuid.UUID) -> None:
    """Delete a network and all it holds (the caller has taken a backup first).

    The database cascades to its sessions, their facts and its repertoire. People stay
    known to Cercle when they belong to another network or appear in its records; the
    others go too.
    """
    people = set(
        db.scalars(select(Membership.member_id).where(Membership.network_id == network_id))
    )
    db.execute(sql_delete(Network).where(Network.id == network_id))
    for member_id in people:
        if db.scalar(select(func.count()).where(Membership.member_id == member_id)):
            continue
        try:
            with db.begin_nested():  # still named in another network's records: kept
                db.execute(sql_delete(Member).where(Member.id == member_id))
        except IntegrityError:
            pass
    db.expire_all()


# --- people ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonRow:
    """A member as the members list shows them, current or gone."""

    id: uuid.UUID
    name: str
    email: str
    unit: str
    role: MembershipRole
    tile: int | None
    joined_on: date
    left_on: date | None


def people(db: Session, network_id: uuid.UUID, *, with_left: bool = True) -> list[PersonRow]:
    """The network's members (and, unless told otherwise, those who left), by name."""
    query = (
        select(Member, Membership)
        .join(Membership, Membership.member_id == Member.id)
        .where(Membership.network_id == network_id)
    )
    if not with_left:
        query = query.where(Membership.left_on.is_(None))
    rows = [
        PersonRow(m.id, m.name, m.email or "", m.unit, ms.role, ms.tile, ms.joined_on, ms.left_on)
        for m, ms in db.execute(query).all()
    ]
    return sorted(rows, key=lambda r: (r.left_on is not None, fold(r.name)))


def _check_person(name: str, email: str) -> tuple[str, str | None]:
    name = " ".join(name.split())
    if not name:
        raise EngineError(_("Donnez un nom à la personne."))
    email = email.strip()
    if email and not EMAIL.match(email):
        raise EngineError(_("Adresse e-mail invalide : {email}.").format(email=email))
    return name, email or None


def add_person(
    db: Session,
    network_id: uuid.UUID,
    name: str,
    now: datetime,
    *,
    email: str = "",
    unit: str = "",
    role: MembershipRole = MembershipRole.MEMBER,
) -> uuid.UUID:
    """Add someone by typing: a new person, or someone Cercle knows (same e-mail, or same
    name in another network) joining this network — never a second copy of a person."""
    name, checked_email = _check_person(name, email)
    network = db.get_one(Network, network_id)
    known = None
    if checked_email:
        known = db.scalar(
            select(Member).where(func.lower(Member.email) == checked_email.casefold())
        )
    if known is None:
        known = next((m for m in db.scalars(select(Member)) if fold(m.name) == fold(name)), None)
    if known is not None:
        current = db.scalar(
            select(Membership).where(
                Membership.network_id == network_id,
                Membership.member_id == known.id,
                Membership.left_on.is_(None),
            )
        )
        if current is not None:
            raise EngineError(_("{name} est déjà membre de ce réseau.").format(name=known.name))
        if unit.strip() and not known.unit:
            known.unit = unit.strip()
        if checked_email and not known.email:
            known.email = checked_email
        join(db, network, known, now.date(), role)
        return known.id
    member = Member(name=name, email=checked_email, unit=unit.strip(), created_at=now)
    db.add(member)
    join(db, network, member, now.date(), role)
    return member.id


def edit_person(
    db: Session,
    network_id: uuid.UUID,
    member_id: uuid.UUID,
    *,
    name: str,
    email: str = "",
    unit: str = "",
    role: MembershipRole = MembershipRole.MEMBER,
) -> None:
    """Correct a person's name, e-mail, service, and their role in this network."""
    name, checked_email = _check_person(name, email)
    member = db.get_one(Member, member_id)
    if checked_email and db.scalar(
        select(func.count()).where(
            func.lower(Member.email) == checked_email.casefold(), Member.id != member_id
        )
    ):
        raise EngineError(
            _("Une autre personne a déjà l'adresse {email}.").format(email=checked_email)
        )
    membership = db.scalar(
        select(Membership).where(
            Membership.network_id == network_id, Membership.member_id == member_id
        )
    )
    if membership is None:
        raise EngineError(_("Cette personne n'est pas membre du réseau."))
    member.name, member.email, member.unit = name, checked_email, unit.strip()
    membership.role = role
    db.flush()


def person_leaves(db: Session, network_id: uuid.UUID, member_id: uuid.UUID, today: date) -> None:
    """Someone leaves the network on ``today``; their history stays."""
    leave(db, network_id, member_id, today)


def person_comes_back(db: Session, network_id: uuid.UUID, member_id: uuid.UUID, today: date) -> int:
    """Someone comes back on ``today``; returns their tile."""
    return come_back(db, network_id, member_id, today)


def find_person(db: Session, network_id: uuid.UUID, name: str) -> uuid.UUID:
    """A member of the network (current or gone) by name or e-mail."""
    wanted = fold(name)
    for row in people(db, network_id):
        if fold(row.name) == wanted or (row.email and row.email.casefold() == name.casefold()):
            return row.id
    raise EngineError(_("Personne ne s'appelle « {name} » dans ce réseau.").format(name=name))
