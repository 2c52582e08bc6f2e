"""Deterministic synthetic French text and data, for benchmarks and large test databases.

Sentences are assembled from a vocabulary of the field (quality, purchasing, HR, IT,
networks, facilitation), so that words repeat as they do in a real repertoire — some very
common, most rare — instead of a few words repeated.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session

from models import EntryKind, EntryStatus

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
    """Insert ``count`` varied entries (bulk SQL: the FTS triggers index them as they go)."""
    kinds = [k for k in EntryKind if k not in (EntryKind.TERM, EntryKind.ACTION)]
    rows = []
    for n in range(count):
        at = start + timedelta(minutes=n * 7)
        stamp = at.strftime("%Y-%m-%d %H:%M:%S.%f")
        rows.append(
            {
                "id": uuid.UUID(int=rng.getrandbits(128)).hex,
                "network": network_id.hex,
                "kind": rng.choice(kinds).value,
                "title": title(rng),
                "body": " ".join(sentence(rng) for _ in range(rng.randint(1, 4))),
                "tags": ", ".join(rng.sample(("qualité", "achats", "rh", "si", "sécurité"), 2)),
                "status": rng.choice(list(EntryStatus)).value,
                "meeting": rng.choice(meetings).hex if meetings else None,
                "at": stamp,
            }
        )
    db.execute(
        text(
            "INSERT INTO repertoire_entries (id, network_id, kind, title, body, tags, status, "
            "confidential, origin_meeting_id, created_at, updated_at) VALUES (:id, :network, "
            ":kind, :title, :body, :tags, :status, 0, :meeting, :at, :at)"
        ),
        rows,
    )
