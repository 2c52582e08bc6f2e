"""Writing a network's profile and a member's circle, with named refusals (the indicators
that read them live in ``app.steering``)."""

from __future__ import annotations

import uuid
from typing import TypedDict, Unpack

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.engine.errors import EngineError
from app.i18n import _
from app.text import fold
from models import Circle, LifecycleStage, Membership, Network, NetworkKind


# The profile's plain values (texts and numbers), set as given; the kind and the lifecycle
# stage are enums, read apart.
class ProfileValues(TypedDict, total=False):
    """The keywords a network's profile takes besides its name; each may be left out (kept
    as it is), and None means "not given" too. Checked at run time by :func:`update_profile`."""

    intention: str | None
    ground_rules: str | None
    sponsor: str | None
    pilot: str | None
    facilitators: str | None
    autonomy_alignment: int | None
    structuring: int | None
    target_rhythm_days: int | None
    meeting_minutes: int | None
    lifecycle_stage: LifecycleStage | str | None
    kind: NetworkKind | str | None


class ProfileFields(ProfileValues, total=False):
    """The profile's keywords, its name included."""

    name: str


PROFILE_VALUES = (
    "intention",
    "ground_rules",
    "sponsor",
    "pilot",
    "facilitators",
    "autonomy_alignment",
    "structuring",
    "target_rhythm_days",
    "meeting_minutes",
)


def update_profile(db: Session, network_id: uuid.UUID, **fields: Unpack[ProfileFields]) -> None:
    """Change a network's profile, refusing values that make no sense, with a clear reason."""
    given: dict[str, object] = dict(fields)  # read by name below, as the keys come
    network = db.get(Network, network_id)
    if network is None:
        raise EngineError(_("Ce réseau n'existe pas."))
    name = str(fields.get("name", network.name)).strip()
    if not name:
        raise EngineError(_("Un réseau a besoin d'un nom."))
    _check_name_free(db, network_id, name)
    _check_numbers(given)
    network.name = name
    for key in PROFILE_VALUES:
        if key in given:
            value = given[key]
            setattr(network, key, value.strip() if isinstance(value, str) else value)
    if "lifecycle_stage" in fields:
        network.lifecycle_stage = LifecycleStage(str(fields["lifecycle_stage"]))
    if "kind" in fields:
        kind = fields["kind"]
        network.kind = NetworkKind(str(kind)) if kind else None


def _check_name_free(db: Session, network_id: uuid.UUID, name: str) -> None:
    """Refuse a name another network has, case and accents aside."""
    taken = next(
        (
            n.name
            for n in db.scalars(select(Network).where(Network.id != network_id))
            if fold(n.name) == fold(name)
        ),
        None,
    )
    if taken is not None:
        raise EngineError(_("Un autre réseau s'appelle déjà « {name} ».").format(name=taken))


def _check_numbers(given: dict[str, object]) -> None:
    """The cursors go from 0 to 100; the rhythm and the sessions' length are positive."""
    for cursor in ("autonomy_alignment", "structuring"):
        value = given.get(cursor)
        if value is not None and not (isinstance(value, int) and 0 <= value <= 100):
            raise EngineError(_("Les curseurs vont de 0 à 100."))
    for positive in ("target_rhythm_days", "meeting_minutes"):
        value = given.get(positive)
        if value is not None and not (isinstance(value, int) and value > 0):
            raise EngineError(_("Le rythme et la durée des séances doivent être positifs."))


def set_circle(
    db: Session, network_id: uuid.UUID, member_id: uuid.UUID, circle: Circle | None
) -> None:
    """The facilitator's own judgement of someone's circle (None: computed again)."""
    membership = db.scalars(
        select(Membership).where(
            Membership.network_id == network_id, Membership.member_id == member_id
        )
    ).first()
    if membership is None:
        raise EngineError(_("Cette personne n'est pas membre de ce réseau."))
    membership.circle_override = circle
