"""Who belongs to a network, and the tile each member keeps in the cockpit.

A member's tile (and so their key: tile 1 → key 1 … tile 10 → key 0, tile 11 → Alt+1…) is
given once, when they join: the smallest tile no current member holds. It never moves when
others join or leave. A member who leaves keeps their history (attendance, turns, entries)
and their membership row, with ``left_on`` set; they no longer appear in check-in. Coming
back clears ``left_on`` and gives back their old tile when nobody holds it meanwhile.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.engine.errors import EngineError
from app.i18n import _
from models import Member, Membership, MembershipRole, Network


def held_tiles(db: Session, network_id: uuid.UUID) -> set[int]:
    """The tiles held by the network's current members."""
    return {
        t
        for t in db.scalars(
            select(Membership.tile).where(
                Membership.network_id == network_id, Membership.left_on.is_(None)
            )
        )
        if t is not None
    }


def free_tile(db: Session, network_id: uuid.UUID) -> int:
    """The smallest tile no current member of the network holds."""
    held = held_tiles(db, network_id)
    tile = 1
    while tile in held:
        tile += 1
    return tile


def join(
    db: Session,
    network: Network,
    member: Member,
    today: date,
    role: MembershipRole = MembershipRole.MEMBER,
) -> Membership:
    """Make ``member`` a current member of ``network`` (new, or coming back)."""
    db.flush()  # memberships added earlier in this transaction hold their tiles
    membership = db.scalar(
        select(Membership).where(
            Membership.network_id == network.id, Membership.member_id == member.id
        )
    )
    if membership is not None and membership.left_on is None:
        raise EngineError(_("{name} est déjà membre de ce réseau.").format(name=member.name))
    if membership is None:
        membership = Membership(
            network=network,
            member=member,
            role=role,
            joined_on=today,
            tile=free_tile(db, network.id),
        )
        db.add(membership)
    else:
        if membership.tile is None or membership.tile in held_tiles(db, network.id):
            membership.tile = free_tile(db, network.id)
        membership.left_on = None
        membership.joined_on = today
        membership.role = role
    db.flush()
    return membership


def leave(db: Session, network_id: uuid.UUID, member_id: uuid.UUID, today: date) -> None:
    """The member leaves the network: off check-in, their history kept."""
    membership = _current(db, network_id, member_id)
    membership.left_on = today
    db.flush()


def come_back(db: Session, network_id: uuid.UUID, member_id: uuid.UUID, today: date) -> int:
    """A member who had left joins again; returns their tile."""
    network = db.get_one(Network, network_id)
    member = db.get_one(Member, member_id)
    membership = db.scalar(
        select(Membership).where(
            Membership.network_id == network_id, Membership.member_id == member_id
        )
    )
    role = membership.role if membership is not None else MembershipRole.MEMBER
    joined = join(db, network, member, today, role)
    return joined.tile or 0


def _current(db: Session, network_id: uuid.UUID, member_id: uuid.UUID) -> Membership:
    membership = db.scalar(
        select(Membership).where(
            Membership.network_id == network_id,
            Membership.member_id == member_id,
            Membership.left_on.is_(None),
        )
    )
    if membership is None:
        raise EngineError(_("Cette personne n'est pas membre du réseau."))
    return membership
