"""A realistic French demo network (its content: ``app.demo_content``), so that the first
launch shows a living network. Everything is driven through the same engine the facilitator
uses, with a fake clock per session: the demo's turns, phases and pauses obey the same rules
as real ones. The seed is deterministic: the same ``now`` gives the same database, ids too.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, time, timedelta
from typing import Any

from app.clock import FakeClock
from app.confidentiality import Part, confidential_by_default
from app.demo_content import (
    ACTION_PLANS,
    ACTIONS,
    CONTRACTS,
    DECISIONS,
    DEMO_STEPS,
    GROUND_RULES,
    INTENTION,
    LEARNINGS,
    NETWORK_NAME,
    PAST,
    PEOPLE,
    PRACTICES,
    ROTI_LEVELS,
    ROTI_WORDS,
    SEED,
    TERMS,
    WEATHER_WORDS,
    PastItem,
    Progress,
)
from app.demo_phases import LEAN_STEPS, Room, may_speak
from app.engine.session import SessionEngine
from app.engine.state import planned_phases
from app.methods import Method, MethodCatalogue, Phase, load_methods
from app.planning import add_member, create_network, plan_meeting
from app.repertoire import capture
from app.store import Store
from app.text import fold
from models import (
    ActionStatus,
    AttendanceStatus,
    EntryKind,
    EntryStatus,
    LifecycleStage,
    Member,
    Network,
    RitualKind,
    Role,
    deterministic_ids,
)


class _Demo:
    def __init__(self, store: Store, now: datetime, methods: MethodCatalogue) -> None:
        self.store, self.now, self.methods = store, now, methods
        self.rng = random.Random(SEED)
        self.members: list[uuid.UUID] = []
        self.capture_count = 0
        self.network_id: uuid.UUID

    def people(self) -> None:
        with self.store.transaction() as db:
            network = create_network(
                db,
                NETWORK_NAME,
                self.now - timedelta(days=400),
                intention=INTENTION,
                ground_rules=GROUND_RULES,
                autonomy_alignment=38,
                structuring=62,
                lifecycle_stage=LifecycleStage.MATURING,
                target_rhythm_days=28,
                meeting_minutes=150,
                sponsor="Direction Qualité Groupe",
            )
            self.network_id = network.id
            for person in PEOPLE:
                member = add_member(
                    db,
                    network,
                    person.name,
                    self.now - timedelta(days=380),
                    role=person.role,
                    unit=person.unit,
                    email=_email(person.name),
                )
                self.members.append(member.id)
            for term, definition in TERMS:
                capture(
                    db,
                    network_id=network.id,
                    kind=EntryKind.TERM,
                    title=term,
                    body=definition,
                    now=self.now - timedelta(days=200),
                    status=EntryStatus.ADOPTED,
                    authors=[self.rng.choice(self.members[:4])],
                )
            for title, body in PRACTICES:
                capture(
                    db,
                    network_id=network.id,
                    kind=EntryKind.PRACTICE,
                    title=title,
                    body=body,
                    tags="qualité, fournisseurs",
                    now=self.now - timedelta(days=150),
                    status=EntryStatus.ADOPTED,
                    authors=[self.rng.choice(self.members[:5])],
                )

    def session_start(self, days_before: int) -> datetime:
        day = (self.now - timedelta(days=days_before)).date()
        day -= timedelta(days=day.weekday() - 1)  # networks meet on Tuesdays
        return datetime.combine(day, time(8, 0), tzinfo=self.now.tzinfo)

    def past_session(self, index: int, days_before: int, title: str, items: list[PastItem]) -> None:
        rng = self.rng
        start = self.session_start(days_before)
        with self.store.transaction() as db:
            network = db.get_one(Network, self.network_id)
            meeting = plan_meeting(
                db,
                network,
                start,
                150,
                title=title,
                place=rng.choice(["Salle Lumière", "Salle Confluence", "Site de Lyon — salle 3"]),
                format=items[0][1],
                facilitator=db.get_one(Member, self.members[2]),
                scribe=db.get_one(Member, self.members[3]),
            )
            meeting_id = meeting.id
        clock = FakeClock(start - timedelta(minutes=10))
        engine = SessionEngine(self.store, meeting_id, clock, self.methods)
        engine.add_item("Accueil et météo", "tour_de_table", 10)
        if index > 0:
            engine.add_item("Suivi des actions", "free", 10)
        for item_title, method, minutes, _client in items:
            engine.add_item(item_title, method, minutes)
        engine.add_item("Clôture", "free", 10)
        for member, person in zip(self.members, PEOPLE, strict=True):
            here = rng.random() < person.presence
            status = (
                AttendanceStatus.PRESENT
                if here
                else rng.choice([AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT])
            )
            engine.set_attendance(member, status)
        present = [
            m for m in self.members if engine.facts.attendance[m].status is AttendanceStatus.PRESENT
        ]
        for item_fact, spec in zip(engine.facts.items[-1 - len(items) : -1], items, strict=True):
            client = spec[3]
            if client is not None and self.members[client] in present:
                engine.set_role(item_fact.id, self.members[client], Role.CLIENT)
        clock.set(start + timedelta(minutes=rng.randint(0, 6)))
        self.rituals(engine, present, index, RitualKind.WEATHER)
        for item in engine.facts.items:
            self.run_item(engine, clock, item.id, present, index)
        self.rituals(engine, present, index, RitualKind.ROTI)
        engine.close_session()

    def rituals(
        self, engine: SessionEngine, present: list[uuid.UUID], index: int, kind: RitualKind
    ) -> None:
        """A météo round at the start, a ROTI round at the end (their own random numbers, so
        the rest of the demo stays as it was)."""
        rng = random.Random(SEED * 100 + index * 2 + (kind is RitualKind.ROTI))
        level = ROTI_LEVELS[index % len(ROTI_LEVELS)]
        for member in present:
            if rng.random() < 0.08:  # someone passes
                continue
            score = max(1, min(5, round(level + rng.uniform(-1.2, 1.2))))
            if kind is RitualKind.WEATHER:
                engine.ritual_answer(member, kind, score, rng.choice(WEATHER_WORDS))
            else:
                word = rng.choice(ROTI_WORDS) if rng.random() < 0.3 else ""
                engine.ritual_answer(member, kind, score, word)

    def talk(
        self, engine: SessionEngine, clock: FakeClock, seconds: float, allowed: list[uuid.UUID]
    ) -> None:
        """People take the floor for about ``seconds``, weighted by their talkativeness."""
        rng = self.rng
        weights = [PEOPLE[self.members.index(m)].talk for m in allowed]
        spent = 0.0
        while spent < seconds and allowed:
            speaker = rng.choices(allowed, weights)[0]
            engine.give_floor(speaker)
            turn = min(rng.uniform(25, 140), seconds - spent + 5)
            clock.advance(turn)
            spent += turn
            if rng.random() < 0.2:  # a silence, a facilitator's word
                engine.take_floor_back()
                gap = rng.uniform(5, 30)
                clock.advance(gap)
                spent += gap
        if engine.facts.running is not None:
            engine.take_floor_back()

    def run_item(
        self,
        engine: SessionEngine,
        clock: FakeClock,
        item_id: uuid.UUID,
        present: list[uuid.UUID],
        index: int,
    ) -> None:
        rng = self.rng
        engine.start_item(item_id)
        item = engine.facts.item(item_id)
        method = self.methods.get(item.method_key)
        phases = planned_phases(item, method)
        scale = item.planned_minutes / max(sum(m for _, m in phases), 1)
        clients = [m for m, r in item.roles.items() if r is Role.CLIENT]
        for number, (phase, minutes) in enumerate(phases):
            seconds = minutes * 60 * scale * rng.uniform(0.85, 1.25)
            allowed = may_speak(phase, present, clients, self.members[2])
            self.play_phase(engine, clock, item_id, method, phase, seconds, allowed, present)
            self.captures(engine, item_id, phase.key, present, clients, index)
            if phase.key == "learning" and clients and index != 3:
                engine.set_consent(item_id, [Part.LEARNINGS])  # this client shares them
            if number + 1 < len(phases):
                engine.next_phase()
        if rng.random() < 0.15:
            engine.pause_item()
            clock.advance(rng.uniform(120, 400))
            engine.resume_item()
        engine.finish_item()
        clock.advance(rng.uniform(20, 90))

    def play_phase(
        self,
        engine: SessionEngine,
        clock: FakeClock,
        item_id: uuid.UUID,
        method: Method,
        phase: Phase,
        seconds: float,
        allowed: list[uuid.UUID],
        present: list[uuid.UUID],
    ) -> None:
        """One phase as held: a tour of the table, a Lean Coffee step, or people talking."""
        if method.tour is not None:
            engine.tour_start(60)
            while engine.tour_next() is not None:
                clock.advance(self.rng.uniform(35, 75))
            return
        step = LEAN_STEPS.get(phase.key) if method.lean_coffee is not None else None
        if step is not None:
            step(Room(engine, clock, self.rng, self.talk), item_id, present)
        else:
            self.talk(engine, clock, seconds, allowed)

    def next_capture(self) -> int:
        """A different decision or action each time (a real network rarely repeats itself)."""
        self.capture_count += 1
        return self.capture_count

    def captures(
        self,
        engine: SessionEngine,
        item_id: uuid.UUID,
        phase_key: str,
        present: list[uuid.UUID],
        clients: list[uuid.UUID],
        index: int,
    ) -> None:
        rng = self.rng
        now = engine.clock.now()
        if clients and phase_key == "contract":
            engine.set_contract(item_id, CONTRACTS[index % len(CONTRACTS)])
        if clients and phase_key == "action_plan":
            engine.set_action_plan(item_id, ACTION_PLANS[index % len(ACTION_PLANS)])
        case = engine.facts.item(item_id)
        origin: dict[str, Any] = {
            "network_id": self.network_id,
            "origin_meeting_id": engine.meeting_id,
            "origin_item_id": item_id,
            "origin_phase_key": phase_key,
            "now": now,
            # what is said during a confidential case stays in the room (app.confidentiality)
            "confidential": confidential_by_default(case.confidential),
        }
        with self.store.transaction() as db:
            if phase_key in ("sustain_improve", "action_plan", "discussion", "discuss"):
                decided = self.next_capture()
                if decided % 3:  # not every discussion ends in a decision
                    capture(
                        db,
                        kind=EntryKind.DECISION,
                        title=DECISIONS[decided % len(DECISIONS)],
                        authors=[self.members[2]],
                        **origin,
                    )
                owner = rng.choice(present)
                entry = capture(
                    db,
                    kind=EntryKind.ACTION,
                    title=ACTIONS[self.next_capture() % len(ACTIONS)],
                    owner_id=owner,
                    due_on=(now + timedelta(days=21)).date(),
                    authors=[owner],
                    **origin,
                )
                if index < 4 and rng.random() < 0.7:  # older actions were mostly carried out
                    entry.action_status = ActionStatus.DONE
                    entry.closed_at = now + timedelta(days=rng.randint(7, 30))
            if phase_key == "learning":
                people = rng.sample(present, min(3, len(present)))
                for member, learning in zip(
                    people, rng.sample(LEARNINGS, len(people)), strict=False
                ):
                    capture(
                        db,
                        kind=EntryKind.LEARNING,
                        title=learning,
                        authors=[member],
                        **origin,
                    )
            if phase_key == "consultation" and clients:
                capture(
                    db,
                    kind=EntryKind.IDEA,
                    title="Impliquer le fournisseur dès la revue de conception",
                    authors=[rng.choice([m for m in present if m not in clients])],
                    **origin,
                )

    def upcoming(self) -> uuid.UUID:
        start = self.session_start(-14)
        with self.store.transaction() as db:
            meeting = plan_meeting(
                db,
                db.get_one(Network, self.network_id),
                start,
                150,
                title="Cas de Sofia et Lean Coffee",
                place="Salle Lumière",
                format="codev",
                facilitator=db.get_one(Member, self.members[2]),
                scribe=db.get_one(Member, self.members[4]),
            )
            meeting_id = meeting.id
        engine = SessionEngine(self.store, meeting_id, FakeClock(self.now), self.methods)
        engine.add_item("Accueil et météo", "tour_de_table", 10)
        engine.add_item("Suivi des actions", "free", 10)
        codev = engine.add_item("Codéveloppement — cas de Sofia", "codev", 90)
        engine.set_role(codev, self.members[3], Role.CLIENT)
        engine.add_item("Lean Coffee", "lean_coffee", 30)
        engine.add_item("Clôture", "free", 10)
        return meeting_id


def seed_demo(
    store: Store,
    now: datetime,
    methods: MethodCatalogue | None = None,
    progress: Progress | None = None,
) -> uuid.UUID:
    """Fill ``store`` with the demo network, its six past sessions and the next one.

    Returns the network's id. The same ``now`` gives the same data, ids included.
    ``progress`` is told after each of the DEMO_STEPS steps.
    """
    tell = progress or (lambda _done, _total: None)
    with deterministic_ids(SEED):
        demo = _Demo(store, now, methods or load_methods())
        demo.people()
        tell(1, DEMO_STEPS)
        for index, (days, title, items) in enumerate(PAST):
            demo.past_session(index, days, title, items)
            tell(index + 2, DEMO_STEPS)
        demo.upcoming()
        tell(DEMO_STEPS, DEMO_STEPS)
    return demo.network_id


def _email(name: str) -> str:
    first, last = fold(name).split(" ", 1)
    return f"{first}.{last.replace(' ', '-')}@exemple.fr"
