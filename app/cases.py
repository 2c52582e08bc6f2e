"""A co-development case has a story: proposed, chosen, exposed, planned, reported back on.

- Proposals: members bring candidate cases (title, client, urgency) before or at the start
  of a session; the group picks one by a quick vote or the facilitator's choice; the chosen
  case fills the co-development item and its client; the others wait for the next session.
- Report-back: the first case of a session opens with the previous client's report-back
  (the method's optional phase), linked to the previous case; what the client reports is
  captured during that phase, so it belongs to the case's history.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.confidentiality import Case, Part, Reader, Seen, sees_entry, sees_part
from app.engine.errors import EngineError
from app.i18n import _
from app.methods import Method
from models import AgendaItem, CaseProposal, EntryKind, Meeting, Member, RepertoireEntry, Role
from models.meeting import ItemRole

CODEV = "codev"
REPORT_BACK = "report_back"
URGENCIES = (1, 2, 3)  # can wait · soon · urgent


@dataclass(frozen=True)
class ReportBack:
    session: int
    on: datetime
    notes: tuple[str, ...]  # what was captured while the client reported back


@dataclass(frozen=True)
class CaseRecord:
    """A case as a reader may know it (the facilitator: all of it)."""

    item_id: uuid.UUID
    title: str
    client: str
    session: int
    exposed_on: datetime
    contract: str
    action_plan: str
    consent: frozenset[Part]
    confidential: bool
    report_backs: tuple[ReportBack, ...] = ()
    actions: tuple[
        tuple[str, str], ...
    ] = ()  # the case's actions this reader may see: (title, status)


def _client(db: Session, item_id: uuid.UUID) -> str:
    name = db.scalar(
        select(Member.name)
        .join(ItemRole, ItemRole.member_id == Member.id)
        .where(ItemRole.item_id == item_id, ItemRole.role == Role.CLIENT)
    )
    return name or ""


def _previous_case_row(db: Session, meeting: Meeting) -> AgendaItem | None:
    """The latest case exposed in an earlier session of the same network."""
    return db.scalars(
        select(AgendaItem)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(
            Meeting.network_id == meeting.network_id,
            Meeting.planned_start < meeting.planned_start,
            AgendaItem.method_key == CODEV,
            AgendaItem.started_at.is_not(None),
            AgendaItem.skipped.is_(False),
        )
        .order_by(Meeting.planned_start.desc(), AgendaItem.position.desc())
    ).first()


def follow_previous_case(
    db: Session, item: AgendaItem, meeting: Meeting, method: Method, others: list[AgendaItem]
) -> None:
    """Open the session's first case with the previous client's report-back, if any."""
    phase = next((p for p in method.phases if p.key == REPORT_BACK), None)
    if phase is None or any(o.method_key == CODEV for o in others):
        return
    previous = _previous_case_row(db, meeting)
    if previous is None:
        return
    item.reports_on_id = previous.id
    item.phase_minutes = {**(item.phase_minutes or {}), REPORT_BACK: phase.minutes}


def case_record(db: Session, item_id: uuid.UUID, reader: Reader) -> CaseRecord:
    """A case and its report-backs, as ``reader`` may read it (app.confidentiality)."""
    item = db.get_one(AgendaItem, item_id)
    meeting = db.get_one(Meeting, item.meeting_id)
    case = Case.of(item.confidential, item.consent or ())
    backs = []
    for later, number, start in db.execute(
        select(AgendaItem, Meeting.number, Meeting.planned_start)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(AgendaItem.reports_on_id == item_id, AgendaItem.started_at.is_not(None))
        .order_by(Meeting.planned_start)
    ):
        notes: tuple[str, ...] = ()
        if reader is Reader.FACILITATOR or not item.confidential:
            notes = tuple(
                db.scalars(
                    select(RepertoireEntry.title)
                    .where(
                        RepertoireEntry.origin_item_id == later.id,
                        RepertoireEntry.origin_phase_key == REPORT_BACK,
                        RepertoireEntry.deleted_at.is_(None),
                    )
                    .order_by(RepertoireEntry.created_at)
                )
            )
        backs.append(ReportBack(number, later.started_at or start, notes))
    seen = reader is Reader.FACILITATOR or not item.confidential
    actions = tuple(
        (e.title, e.action_status.value if e.action_status else "")
        for e in db.scalars(
            select(RepertoireEntry)
            .where(
                RepertoireEntry.origin_item_id == item_id,
                RepertoireEntry.kind == EntryKind.ACTION,
                RepertoireEntry.deleted_at.is_(None),
            )
            .order_by(RepertoireEntry.created_at)
        )
        if sees_entry(reader, e.confidential, e.kind, case)
    )
    contract = sees_part(reader, case, Part.CONTRACT)
    plan = sees_part(reader, case, Part.ACTION_PLAN)
    return CaseRecord(
        item_id=item.id,
        title=item.title if seen else "",
        client=_client(db, item.id) if seen else "",
        session=meeting.number,
        exposed_on=item.started_at or meeting.planned_start,
        contract=item.contract if contract is not Seen.HIDDEN else "",
        action_plan=item.action_plan if plan is not Seen.HIDDEN else "",
        consent=case.consent,
        confidential=item.confidential,
        report_backs=tuple(backs),
        actions=actions,
    )


# --- proposals -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Proposal:
    id: uuid.UUID
    title: str
    client_id: uuid.UUID | None
    client: str
    urgency: int
    votes: int
    proposed_at: datetime


def propose(
    db: Session,
    network_id: uuid.UUID,
    title: str,
    now: datetime,
    *,
    client_id: uuid.UUID | None = None,
    urgency: int = 2,
) -> uuid.UUID:
    """A member brings a case; it waits until the group picks it."""
    title = title.strip()
    if not title:
        raise EngineError(_("Donnez un titre au cas proposé."))
    if urgency not in URGENCIES:
        raise EngineError(_("L'urgence d'un cas va de 1 (peut attendre) à 3 (urgent)."))
    proposal = CaseProposal(
        network_id=network_id,
        title=title[:300],
        client_id=client_id,
        urgency=urgency,
        votes=0,
        proposed_at=now,
    )
    db.add(proposal)
    db.flush()
    return proposal.id


def waiting(db: Session, network_id: uuid.UUID) -> list[Proposal]:
    """Cases not chosen yet: most votes, then most urgent, then the oldest first."""
    rows = db.execute(
        select(CaseProposal, Member.name)
        .outerjoin(Member, Member.id == CaseProposal.client_id)
        .where(
            CaseProposal.network_id == network_id,
            CaseProposal.chosen_item_id.is_(None),
            CaseProposal.withdrawn_at.is_(None),
        )
    ).all()
    proposals = [
        Proposal(p.id, p.title, p.client_id, name or "", p.urgency, p.votes, p.proposed_at)
        for p, name in rows
    ]
    return sorted(proposals, key=lambda p: (-p.votes, -p.urgency, p.proposed_at))


def set_votes(db: Session, proposal_id: uuid.UUID, votes: int) -> None:
    """The show of hands for one proposal (a quick vote)."""
    if votes < 0:
        raise EngineError(_("Un nombre de voix ne peut pas être négatif."))
    db.get_one(CaseProposal, proposal_id).votes = votes


def withdraw(db: Session, proposal_id: uuid.UUID, now: datetime) -> None:
    """A proposed case is withdrawn (kept, no longer waiting)."""
    db.get_one(CaseProposal, proposal_id).withdrawn_at = now


def mark_chosen(db: Session, proposal_id: uuid.UUID, item_id: uuid.UUID) -> None:
    """The case chosen for a co-development item; a case is chosen once only."""
    proposal = db.get_one(CaseProposal, proposal_id)
    if proposal.chosen_item_id is not None:
        raise EngineError(_("Ce cas a déjà été choisi."))
    proposal.chosen_item_id = item_id
