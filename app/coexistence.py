"""Networks side by side in one organisation (DOMAIN.md §2: several networks coexist, members
belong to several): who belongs to more than one, and terms defined differently."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.confidentiality import Reader, entry_clause
from app.text import fold
from models import EntryKind, Membership, Network, RepertoireEntry


@dataclass(frozen=True)
class Coexistence:
    shared_members: tuple[tuple[str, str, int], ...]  # (network, network, members in both)
    term_conflicts: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # term, (network, def)


def coexistence(db: Session) -> Coexistence:
    """Networks side by side: who belongs to several, and terms defined differently."""
    names = dict(db.execute(select(Network.id, Network.name)).all())
    belongs: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for network_id, member_id in db.execute(
        select(Membership.network_id, Membership.member_id).where(Membership.left_on.is_(None))
    ):
        belongs[network_id].add(member_id)
    ordered = sorted(belongs, key=lambda n: fold(names[n]))
    shared = tuple(
        (names[a], names[b], len(belongs[a] & belongs[b]))
        for i, a in enumerate(ordered)
        for b in ordered[i + 1 :]
        if belongs[a] & belongs[b]
    )
    definitions: dict[str, dict[uuid.UUID, tuple[str, str]]] = defaultdict(dict)
    for network_id, title, body, key in db.execute(
        select(
            RepertoireEntry.network_id,
            RepertoireEntry.title,
            RepertoireEntry.body,
            RepertoireEntry.term_key,
        ).where(
            RepertoireEntry.kind == EntryKind.TERM,
            RepertoireEntry.deleted_at.is_(None),
            entry_clause(Reader.OTHER_NETWORK),  # networks read each other's definitions
        )
    ):
        definitions[key or fold(title)][network_id] = (title, body)
    conflicts = tuple(
        (
            next(iter(by_network.values()))[0],
            tuple(sorted((names[n], body) for n, (_t, body) in by_network.items())),
        )
        for _key, by_network in sorted(definitions.items())
        if len(by_network) > 1 and len({fold(body) for _t, body in by_network.values()}) > 1
    )
    return Coexistence(shared, conflicts)
