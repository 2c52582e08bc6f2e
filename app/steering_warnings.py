"""What the sponsor and the facilitator should look at, in plain sentences: each warning is
said under the very condition that turns its dashboard card red (``Dashboard.alerts``)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from app.i18n import _, current_language, decimal
from app.rituals import FALLING_SESSIONS
from app.steering_history import History
from app.steering_indicators import critical_mass, follow_through, gaps, roti_falling
from app.steering_vitals import rhythm
from app.text import fold
from models import (
    MeetingStatus,
)


def warnings(history: History, today: date) -> list[str]:
    """What the sponsor and the facilitator should look at, in plain sentences."""
    found = []
    p = history.profile
    if p.autonomy_alignment <= 15:
        found.append(
            _(
                "Très autonome : le réseau risque de devenir un groupe d'intérêt ou de pression, "
                "coupé des enjeux de l'organisation."
            )
        )
    elif p.autonomy_alignment >= 85:
        found.append(
            _(
                "Très aligné sur la stratégie : le réseau risque d'être instrumentalisé comme "
                "simple relais du changement."
            )
        )
    mass = critical_mass(history)
    if mass.alert:
        found.append(
            _(
                "Masse critique non atteinte : {engaged} membres engagés (noyau et actifs) sur "
                "{members}, moins du tiers."
            ).format(engaged=mass.engaged, members=mass.members)
        )
    pace = rhythm([days for _s, days in gaps(history)], p.target_rhythm_days)
    if pace.alert:
        found.append(
            _(
                "Rythme ralenti : {days} jours en moyenne entre les dernières séances, pour un "
                "rythme visé de {target} jours."
            ).format(days=pace.days, target=p.target_rhythm_days)
        )
    follow = follow_through(history, today)
    if follow.alert:
        found.append(
            _("Suivi des actions : {late} actions sur {total} en retard.").format(
                late=follow.late, total=follow.judged
            )
        )
    if roti_falling(history):
        last = history.roti[-FALLING_SESSIONS:]
        found.append(
            _("ROTI en baisse {count} séances de suite : {means}.").format(
                count=FALLING_SESSIONS,
                means=" → ".join(decimal(p.mean, current_language(), 1) for p in last),
            )
        )
    planned = [s for s in history.sessions if s.status is MeetingStatus.PLANNED]
    if not planned:
        found.append(_("Aucune séance n'est planifiée."))
    return found


def members_by_name(history: History, ids: Sequence[uuid.UUID]) -> list[str]:
    """The names of ``ids``, in alphabetical order (case and accents aside)."""
    return sorted((history.name(i) for i in ids), key=fold)
