"""« Publier » and « Mettre à jour »: the same merge, between this laptop's store and a server's.

A facilitator runs the session offline, then publishes: the network's history (as a default
export carries it: confidential content withheld) is merged into the server. « Mettre à
jour » merges into the laptop every network of the server the facilitator belongs to. Both
are :func:`app.exchange.service.merge_slice`, in one transaction on the store written to.

The server is a location as ``--db`` takes it (``app.store.location``): a PostgreSQL URL
(``postgresql+psycopg://user@host/cercle``) or, for a shared folder or the tests, a Cercle
SQLite file. A password is never stored nor shown:
libpq reads it from ``~/.pgpass`` or ``PGPASSWORD``; a location holding one is refused.

A facilitator is known by who they say they are (``--me`` or the window's settings: a name or
an e-mail): a network is theirs when its « animateurs » field names them, or when they are one
of its members with the facilitator role (by e-mail, case-insensitive, or by name, accents
and case ignored).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.exchange.errors import ExchangeError
from app.exchange.report import MergeReport
from app.exchange.rows import read_slice
from app.exchange.service import merge_into, network_slice
from app.i18n import _
from app.store import Store, open_store
from app.store.location import parse_location
from app.text import fold
from models import Member, Membership, MembershipRole, Network

_PASSWORD = re.compile(r"^[a-z0-9+]+://[^/@:]*:[^/@]*@", re.IGNORECASE)


def check_location(location: str) -> str:
    """``location`` trimmed; refused when empty or when it holds a password."""
    location = location.strip()
    if not location:
        raise ExchangeError(
            _("Aucun serveur n'est configuré : indiquez son adresse (--server ou réglages).")
        )
    if _PASSWORD.match(location):
        raise ExchangeError(
            _(
                "L'adresse du serveur contient un mot de passe : retirez-le et mettez-le dans "
                "~/.pgpass (ou PGPASSWORD) ; Cercle ne garde jamais de mot de passe."
            )
        )
    return location


@contextmanager
def open_server(location: str) -> Iterator[Store]:
    """The server's store, opened (and created or upgraded by the shipped migrations)."""
    store = open_store(parse_location(check_location(location)))
    try:
        yield store
    finally:
        store.close()


def names_me(facilitators: str, me: str) -> bool:
    """Whether a network's « animateurs » field names ``me`` (a name or an e-mail)."""
    wanted = fold(me)
    parts = re.split(r"[,;/\n]| et | and ", fold(facilitators))
    return any(part.strip() == wanted for part in parts if part.strip())


def identity(me: str) -> str:
    """``me`` trimmed; refused when empty (before any server is opened)."""
    me = me.strip()
    if not me:
        raise ExchangeError(
            _("Dites qui vous êtes (votre nom ou votre courriel) pour mettre à jour vos réseaux.")
        )
    return me


def networks_of(db: Session, me: str) -> list[uuid.UUID]:
    """The networks of a store that ``me`` facilitates."""
    me = identity(me)
    found = {
        network_id
        for network_id, facilitators in db.execute(select(Network.id, Network.facilitators))
        if names_me(facilitators, me)
    }
    rows = db.execute(
        select(Membership.network_id, Member.name, Member.email)
        .join(Member, Member.id == Membership.member_id)
        .where(Membership.role == MembershipRole.FACILITATOR)
    )
    for network_id, name, email in rows:
        by_email = email is not None and email.strip().casefold() == me.casefold()
        if by_email or fold(name) == fold(me):
            found.add(network_id)
    return sorted(found)


def publish(
    local: Store,
    server: Store,
    network_id: uuid.UUID,
    *,
    include_confidential: bool = False,
    dry_run: bool = False,
) -> MergeReport:
    """Merge this laptop's network into the server (confidential content withheld)."""
    data = network_slice(local, [network_id], include_confidential=include_confidential)
    return merge_into(server, data, _("ce poste"), dry_run=dry_run)


def update(local: Store, server: Store, me: str, *, dry_run: bool = False) -> MergeReport:
    """Merge into this laptop every network of the server that ``me`` facilitates."""
    with server.session() as db:
        wanted = networks_of(db, me)
        data = read_slice(db.connection(), wanted)
    if not wanted:
        raise ExchangeError(
            _("Le serveur n'a aucun réseau dont « {me} » est animateur ou animatrice.").format(
                me=me
            )
        )
    return merge_into(local, data, _("le serveur"), dry_run=dry_run)
