"""What the demo network is made of: its people, its intention and rules, the sessions it
lived, and the words, terms, practices, decisions, actions and cases it captured — data in
French, read by ``app.demo``, which drives the engine with it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from models import (
    MembershipRole,
)

SEED = 14
NETWORK_NAME = "Réseau Qualité Achats"


# How the sessions were lived, roughly (means of the ROTI rounds of the six past sessions).
ROTI_LEVELS = (3.6, 4.1, 3.8, 4.2, 3.9, 4.3)
WEATHER_WORDS = ("serein", "fatigué", "curieux", "motivé", "pressé", "content", "en forme")
ROTI_WORDS = ("utile", "concret", "trop long", "riche", "à creuser", "bon rythme")


@dataclass(frozen=True)
class DemoPerson:
    name: str
    unit: str
    presence: float  # probability of attending a session
    talk: float  # how readily they take the floor
    role: MembershipRole = MembershipRole.MEMBER


PEOPLE = (
    DemoPerson("Léa Martin", "Achats — Île-de-France", 0.97, 1.6, MembershipRole.LEADER),
    DemoPerson("Karim Benali", "Qualité fournisseurs", 0.95, 1.3),
    DemoPerson("Marc Dubois", "Direction Qualité", 1.0, 0.6, MembershipRole.FACILITATOR),
    DemoPerson("Sofia Lopes", "Achats — Lyon", 0.85, 1.1),
    DemoPerson("Inès Haddad", "Supply chain", 0.8, 0.9),
    DemoPerson("Paul Girard", "Achats — Lille", 0.6, 0.8),
    DemoPerson("Claire Fontaine", "Laboratoire", 0.55, 0.5),
    DemoPerson("Hugo Lefèvre", "Méthodes", 0.3, 0.7),
    DemoPerson("Nadia Roussel", "Achats — Nantes", 0.3, 0.4),
    DemoPerson("Thomas Petit", "Contrôle de gestion", 0.15, 0.6),
)

GROUND_RULES = "\n".join(
    [
        "Confidentialité : ce qui se dit ici reste ici.",
        "Bienveillance : on critique des idées, jamais des personnes.",
        "Parler vrai : on dit ce qu'on pense, avec tact.",
        "Engagement : on vient préparé, on tient ses actions.",
        "Téléphones rangés pendant la séance.",
    ]
)

INTENTION = (
    "Partager nos pratiques d'achat et de qualité fournisseurs entre sites, apprendre de nos "
    "incidents et construire un référentiel commun de bonnes pratiques."
)

TERMS = (
    (
        "REX",
        "Retour d'expérience : analyse collective d'une situation vécue, le quoi et pas le qui.",
    ),
    ("PPAP", "Production Part Approval Process : dossier d'approbation des pièces avant série."),
    ("8D", "Méthode de résolution de problème en huit disciplines, de l'équipe à la prévention."),
    (
        "Fournisseur stratégique",
        "Fournisseur dont la défaillance arrêterait une ligne de production.",
    ),
    (
        "Contrat de consultation",
        "La question précise sur laquelle le client du codéveloppement demande de l'aide.",
    ),
    ("Audit processus", "Évaluation sur site de la maîtrise d'un procédé fournisseur."),
)

PRACTICES = (
    (
        "Valider le cahier des charges qualité avec le fournisseur avant la commande",
        "Une revue commune de 30 minutes évite la plupart des non-conformités de première livraison.",
    ),
    (
        "Partager chaque alerte qualité sous 48 h à tous les sites",
        "Un message court : fournisseur, pièce, symptôme, action immédiate.",
    ),
    (
        "Préparer un audit avec la grille simplifiée du réseau",
        "La grille tient sur une page ; elle se remplit avec le fournisseur.",
    ),
    ("Clore chaque 8D par une vérification d'efficacité à trois mois", ""),
)

DECISIONS = (
    "Le REX trimestriel devient un rituel du réseau",
    "Les fiches fournisseurs sont partagées sur l'espace commun",
    "Chaque séance commence par le suivi des actions",
    "Le réseau adopte la grille d'audit simplifiée",
    "Un binôme accueille chaque nouveau membre",
    "Les cas de codéveloppement restent confidentiels dans le compte rendu",
)

ACTIONS = (
    "Envoyer la grille d'audit simplifiée au groupe",
    "Organiser la visite du fournisseur de Lyon",
    "Rédiger la fiche « alerte qualité 48 h »",
    "Tester le contrat cadre révisé avec deux fournisseurs",
    "Présenter le REX au comité qualité",
    "Recenser les fournisseurs stratégiques de chaque site",
    "Proposer un cas pour la prochaine séance",
)

CONTRACTS = (
    "Comment obtenir l'adhésion des acheteurs à la nouvelle grille d'audit, sans l'imposer ?",
    "Comment traiter la non-conformité récurrente du fournisseur de Lyon sans rompre le contrat ?",
    "Comment faire du REX un réflexe des équipes, et non une corvée ?",
)
ACTION_PLANS = (
    "1. Présenter la grille aux deux acheteurs seniors et recueillir leurs objections.\n"
    "2. La tester sur trois fournisseurs d'ici un mois.\n3. Revenir au réseau avec le bilan.",
    "1. Demander au fournisseur un plan d'action écrit sous 15 jours.\n"
    "2. Organiser une visite conjointe qualité–achats.\n3. Fixer un point d'étape à deux mois.",
    "1. Tenir un REX de 20 minutes après chaque incident majeur.\n"
    "2. Partager la trame en trois questions.\n3. Faire le point à la prochaine séance.",
)
LEARNINGS = (
    "Poser une seule question précise change la qualité des conseils.",
    "Les faits d'abord : on a perdu 20 minutes sur des suppositions.",
    "Écouter sans répondre est plus difficile qu'il n'y paraît.",
    "Nos sites ont les mêmes problèmes, avec des réponses différentes.",
    "Un bon REX cherche des causes, pas des coupables.",
)

LEAN_TOPICS = (
    "Délais de validation des échantillons",
    "Fournisseurs uniques : quel plan B ?",
    "Indicateurs qualité partagés",
    "Former les acheteurs à l'audit",
    "Hausse des prix matières : comment négocier ?",
    "Retours clients liés aux fournisseurs",
)

# An item of a past session: (title, method, minutes, index of its client in PEOPLE or None).
PastItem = tuple[str, str, int, int | None]
# Past sessions: (days before now, title, [its items]).
PAST: tuple[tuple[int, str, list[PastItem]], ...] = (
    (170, "Lancement des cas", [("Codéveloppement — cas de Karim", "codev", 90, 1)]),
    (140, "REX audit fournisseur", [("REX — audit du fournisseur de Lyon", "rex", 60, None)]),
    (112, "Lean Coffee", [("Lean Coffee", "lean_coffee", 45, None)]),
    (84, "Cas d'Inès", [("Codéveloppement — cas d'Inès", "codev", 90, 4)]),
    (
        56,
        "REX rappel produit",
        [("REX — rappel de lot", "rex", 60, None), ("Discussion libre : outils", "free", 20, None)],
    ),
    (28, "Cas de Léa", [("Codéveloppement — cas de Léa", "codev", 90, 0)]),
)

# Told after each step of the seeding: (steps done, steps in all). Called from the thread that
# seeds (the window's builder runs it off its own thread). Here, not in ``app.demo``: the
# window shows the progress before the core is imported.
Progress = Callable[[int, int], None]
DEMO_STEPS = len(PAST) + 2  # the people, each past session, the next session
