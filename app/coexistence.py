"""Networks side by side in one organisation (DOMAIN.md §2: several networks coexist, members
belong to several): who belongs to more than one, and terms defined differently."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.confidentiality import Reader, entry_clause
from app.text import fold
from models import EntryKind, Member, Membership, Network, RepertoireEntry


@dataclass(frozen=True)
class Coexistence:
    shared_members: tuple[tuple[str, str, int], ...]  # (network, network, members in both)
    term_conflicts: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # term, (network, def)
    # Who belongs to several networks, with those networks' names (most networks first).
    people: tuple[tuple[str, tuple[str, ...]], ...] = ()


def coexistence(
    db: Session,
    reader: Reader = Reader.OTHER_NETWORK,
    networks: Collection[uuid.UUID] | None = None,
) -> Coexistence:
    """Networks side by side: who belongs to several, and terms defined differently.

    ``reader``: who reads the definitions (networks read each other's; the sponsor too —
    never a confidential one). ``networks``: only these (default: every network).
    """
    names = {
        n: name
        for n, name in db.execute(select(Network.id, Network.name))
        if networks is None or n in networks
    }
    belongs: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    person: dict[uuid.UUID, str] = {}
    for network_id, member_id, member_name in db.execute(
        select(Membership.network_id, Membership.member_id, Member.name)
        .join(Member, Member.id == Membership.member_id)
        .where(Membership.left_on.is_(None))
    ):
        if network_id in names:
            belongs[network_id].add(member_id)
            person[member_id] = member_name
    ordered = sorted(belongs, key=lambda n: fold(names[n]))
    shared = tuple(
        (names[a], names[b], len(belongs[a] & belongs[b]))
        for i, a in enumerate(ordered)
        for b in ordered[i + 1 :]
        if belongs[a] & belongs[b]
    )
    their: dict[uuid.UUID, list[str]] = defaultdict(list)
    for network_id in ordered:
        for member_id in belongs[network_id]:
            their[member_id].append(names[network_id])
    people = tuple(
        sorted(
            ((person[m], tuple(n)) for m, n in their.items() if len(n) > 1),
            key=lambda p: (-len(p[1]), fold(p[0])),
        )
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
            entry_clause(reader),
        )
    ):
        if network_id in names:
            definitions[key or fold(title)][network_id] = (title, body)
    conflicts = tuple(
        (
            next(iter(by_network.values()))[0],
            tuple(sorted((names[n], body) for n, (_t, body) in by_network.items())),
        )
        for _key, by_network in sorted(definitions.items())
        if len(by_network) > 1 and len({fold(body) for _t, body in by_network.values()}) > 1
    )
    return Coexistence(shared, conflicts, people)
