"""Deterministic synthetic French text and data, for benchmarks and large test databases.

Sentences are assembled from a vocabulary of the field (quality, purchasing, HR, IT,
networks, facilitation), so that words repeat as they do in a real repertoire — some very
common, most rare — instead of a few words repeated.

Over 400 lines: its vocabulary tables are data, not logic; the generator proper is short.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.clock import FakeClock
from app.engine.facts import ItemFact
from app.engine.session import SessionEngine
from app.engine.state import planned_phases
from app.methods import MethodCatalogue
from app.planning import add_member, create_network, plan_meeting
from app.store import Store
from models import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    EntryKind,
    EntryStatus,
    ItemRole,
    MeetingStatus,
    Network,
    PhaseRun,
    RepertoireEntry,
    Role,
    SpeakingTurn,
)

SUBJECTS = (
    "le réseau",
    "l'équipe qualité",
    "le service achats",
    "chaque site",
    "le fournisseur",
    "la direction industrielle",
    "le groupe de pairs",
    "l'animatrice",
    "le comité de pilotage",
    "les acheteurs juniors",
    "la cellule méthodes",
    "le client interne",
    "le laboratoire",
    "les responsables de ligne",
    "la DSI",
    "les RH",
    "le sponsor",
    "la communauté",
)
VERBS = (
    "partage",
    "revoit",
    "documente",
    "simplifie",
    "teste",
    "mesure",
    "anticipe",
    "priorise",
    "formalise",
    "audite",
    "accompagne",
    "questionne",
    "compare",
    "capitalise",
    "diffuse",
    "expérimente",
    "standardise",
    "évalue",
    "reformule",
    "valide",
)
OBJECTS = (
    "la grille d'audit",
    "les non-conformités récurrentes",
    "le plan de surveillance",
    "les retours d'expérience",
    "le cahier des charges",
    "la cartographie des risques",
    "les indicateurs de livraison",
    "le processus d'homologation",
    "la fiche d'alerte",
    "les critères de sélection",
    "le contrat cadre",
    "la revue de conception",
    "les causes racines",
    "le référentiel commun",
    "la matrice de compétences",
    "le tableau de bord",
    "les bonnes pratiques d'accueil",
    "la charte du réseau",
    "le plan d'action",
    "les écarts de qualité",
    "le codéveloppement",
    "la montée en compétence",
)
COMPLEMENTS = (
    "avant chaque lancement",
    "avec les fournisseurs stratégiques",
    "sur trois sites pilotes",
    "d'ici la fin du trimestre",
    "lors de la prochaine séance",
    "en moins de quarante-huit heures",
    "pour les pièces de sécurité",
    "avec l'appui du laboratoire",
    "à partir des incidents de l'année",
    "sans alourdir le reporting",
    "en impliquant les opérateurs",
    "en lien avec la direction",
    "pour les nouveaux arrivants",
    "à chaque changement de série",
    "dans l'espace partagé",
)
RARE = (
    "électrostatique",
    "tribologie",
    "métrologie",
    "traçabilité",
    "obsolescence",
    "ergonomie",
    "hygrométrie",
    "soudabilité",
    "dérogation",
    "polyvalence",
    "ordonnancement",
    "poka-yoké",
    "kaizen",
    "gemba",
    "smed",
    "amdec",
    "ishikawa",
    "pareto",
    "sixsigma",
    "lean",
)


def sentence(rng: random.Random) -> str:
    parts = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS)]
    if rng.random() < 0.7:
        parts.append(rng.choice(COMPLEMENTS))
    if rng.random() < 0.3:
        parts.append(f"({rng.choice(RARE)}{rng.randint(1, 400)})")
    text_ = " ".join(parts)
    return text_[0].upper() + text_[1:] + "."


def title(rng: random.Random) -> str:
    words = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(COMPLEMENTS)}"
    return words[0].upper() + words[1:]


def fill_repertoire(
    db: Session,
    network_id: uuid.UUID,
    count: int,
    rng: random.Random,
    start: datetime,
    meetings: list[uuid.UUID] | None = None,
) -> None:
    """Insert ``count`` varied entries in one bulk insert (the search index follows: FTS5
    triggers on SQLite, a generated column on PostgreSQL)."""
    kinds = [k for k in EntryKind if k not in (EntryKind.TERM, EntryKind.ACTION)]
    rows = []
    for n in range(count):
        at = start + timedelta(minutes=n * 7)
        rows.append(
            {
                "id": uuid.UUID(int=rng.getrandbits(128)),
                "network_id": network_id,
                "kind": rng.choice(kinds),
                "title": title(rng),
                "body": " ".join(sentence(rng) for _ in range(rng.randint(1, 4))),
                "tags": ", ".join(rng.sample(("qualité", "achats", "rh", "si", "sécurité"), 2)),
                "status": rng.choice(list(EntryStatus)),
                "confidential": False,
                "origin_meeting_id": rng.choice(meetings) if meetings else None,
                "created_at": at,
                "updated_at": at,
            }
        )
    if rows:
        db.execute(insert(RepertoireEntry), rows)


# --- a whole organisation -----------------------------------------------------------------------

FIRST = (
    "Léa",
    "Karim",
    "Sofia",
    "Marc",
    "Inès",
    "Paul",
    "Claire",
    "Hugo",
    "Nadia",
    "Thomas",
    "Élodie",
    "Yann",
    "Chloé",
    "Rémi",
    "Aïcha",
    "Julien",
    "Manon",
    "Bastien",
    "Zoé",
    "Mehdi",
    "Camille",
    "Nicolas",
    "Fatou",
    "Antoine",
    "Sarah",
    "Olivier",
    "Amina",
    "Lucas",
    "Emma",
    "Hélène",
    "Victor",
    "Jade",
    "Samuel",
    "Lina",
    "Arthur",
    "Maëlle",
)
LAST = (
    "Martin",
    "Benali",
    "Lopes",
    "Dubois",
    "Haddad",
    "Girard",
    "Fontaine",
    "Lefèvre",
    "Roussel",
    "Petit",
    "Moreau",
    "Laurent",
    "Simon",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Mercier",
    "Blanc",
    "Guerin",
    "Boyer",
    "Chevalier",
)
AGENDA = (  # (title, method, minutes): a 3-hour session
    ("Accueil et météo", "tour_de_table", 15),
    ("Codéveloppement", "codev", 90),
    ("Lean Coffee", "lean_coffee", 55),
    ("Clôture", "free", 20),
)


@dataclass(frozen=True)
class Scale:
    networks: int = 1
    years: int = 5
    members: tuple[int, int] = (30, 30)
    turns_per_session: int = 1700
    entries_per_session: int = 250


def generate(
    store: Store, scale: Scale, methods: MethodCatalogue, seed: int = 2026
) -> dict[str, int]:
    """A deterministic organisation: networks, members, monthly 3-hour sessions, speaking
    turns, captures. Each network also gets one upcoming session. Returns the counts."""
    rng = random.Random(seed)
    counts = {"networks": 0, "members": 0, "sessions": 0, "turns": 0, "entries": 0}
    first = datetime(2021, 1, 12, 8, 0, tzinfo=UTC)
    for n in range(scale.networks):
        with store.transaction() as db:
            network = create_network(
                db,
                f"Réseau {rng.choice(OBJECTS).split(' ', 1)[1].capitalize()} {n + 1}",
                first - timedelta(days=30),
                intention="Partager nos pratiques et apprendre de nos incidents.",
            )
            people = []
            for m in range(rng.randint(*scale.members)):
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {n + 1}-{m + 1}"
                people.append(add_member(db, network, name, first - timedelta(days=30)).id)
            network_id = network.id
        counts["networks"] += 1
        counts["members"] += len(people)
        for month in range(scale.years * 12):
            start = first + timedelta(days=28 * month + 7 * (n % 4), hours=rng.randint(0, 2))
            counts["turns"] += _session(store, network_id, people, start, scale, methods, rng)
            counts["sessions"] += 1
            counts["entries"] += scale.entries_per_session
        with store.transaction() as db:
            upcoming = plan_meeting(
                db,
                db.get_one(Network, network_id),
                first + timedelta(days=28 * scale.years * 12 + 7),
                180,
                title="Séance à venir",
            )
            upcoming_id = upcoming.id
        engine = SessionEngine(store, upcoming_id, FakeClock(first), methods)
        for title_, method, minutes in AGENDA:
            engine.add_item(title_, method, minutes)
    return counts


def _session(
    store: Store,
    network_id: uuid.UUID,
    people: list[uuid.UUID],
    start: datetime,
    scale: Scale,
    methods: MethodCatalogue,
    rng: random.Random,
) -> int:
    present = [p for p in people if rng.random() < 0.8] or people[:3]
    client = rng.choice(present)
    mean = 180 * 60 / scale.turns_per_session
    turns = []
    with store.transaction() as db:
        network = db.get_one(Network, network_id)
        meeting = plan_meeting(db, network, start, 180, title=f"Séance du {start:%d/%m/%Y}")
        meeting.status = MeetingStatus.CLOSED
        meeting.started_at = start
        db.add_all(
            Attendance(
                meeting_id=meeting.id,
                member_id=p,
                status=AttendanceStatus.PRESENT if p in present else AttendanceStatus.EXCUSED,
            )
            for p in people
        )
        now = start
        for position, (title_, method_key, minutes) in enumerate(AGENDA):
            method = methods.get(method_key)
            item = AgendaItem(
                meeting_id=meeting.id,
                position=position,
                title=title_,
                method_key=method_key,
                planned_minutes=minutes,
                phase_minutes={},
                confidential=method.confidential_by_default,
                started_at=now,
            )
            db.add(item)
            db.flush()
            if method_key == "codev":
                db.add(ItemRole(item_id=item.id, member_id=client, role=Role.CLIENT))
            for phase, phase_minutes in planned_phases(_fact(item), method):
                length = phase_minutes * 60 * rng.uniform(0.85, 1.15)
                end = now + timedelta(seconds=length)
                run = PhaseRun(
                    item_id=item.id,
                    phase_index=method.phases.index(phase),
                    phase_key=phase.key,
                    started_at=now,
                    ended_at=end,
                )
                db.add(run)
                db.flush()
                t = now
                while True:
                    step = min(rng.expovariate(1 / mean), mean * 6)
                    stop = t + timedelta(seconds=max(step, 1.0))
                    if stop >= end:
                        break
                    speaker = rng.choice(present)
                    role = (
                        Role.CLIENT
                        if method_key == "codev" and speaker == client
                        else Role.CONSULTANT
                        if method_key == "codev"
                        else Role.PARTICIPANT
                    )
                    turns.append(
                        {
                            "id": uuid.UUID(int=rng.getrandbits(128)),
                            "meeting_id": meeting.id,
                            "item_id": item.id,
                            "phase_run_id": run.id,
                            "member_id": speaker,
                            "role": role,
                            "started_at": t,
                            "ended_at": stop,
                        }
                    )
                    t = stop
                now = end
            item.ended_at = now
        meeting.ended_at = now
        if turns:
            db.execute(insert(SpeakingTurn), turns)
        fill_repertoire(db, network_id, scale.entries_per_session, rng, start, [meeting.id])
    return len(turns)


def _fact(item: AgendaItem) -> ItemFact:
    return ItemFact(
        id=item.id,
        position=item.position,
        title=item.title,
        method_key=item.method_key,
        planned_minutes=item.planned_minutes,
        phase_minutes={},
        started_at=None,
        ended_at=None,
        skipped=False,
        confidential=False,
    )
