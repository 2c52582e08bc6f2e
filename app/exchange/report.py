"""What a merge did (or would do, in a preview): counts per kind of fact, and what was kept
aside with why. The command line prints it; the window shows it before and after."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.exchange.rows import ORDER
from app.i18n import _


def kind_label(table: str) -> str:
    """The kind of fact a table holds, as a person reads it."""
    labels = {
        "networks": _("Réseaux"),
        "members": _("Personnes"),
        "memberships": _("Appartenances aux réseaux"),
        "meetings": _("Séances"),
        "agenda_items": _("Points de l'ordre du jour"),
        "attendances": _("Présences"),
        "item_roles": _("Rôles"),
        "pauses": _("Pauses"),
        "phase_runs": _("Phases de méthode"),
        "speaking_turns": _("Tours de parole"),
        "ritual_answers": _("Réponses à la météo et au ROTI"),
        "queue_entries": _("Demandes de parole"),
        "tour_rounds": _("Tours de table"),
        "lean_topics": _("Sujets Lean Coffee"),
        "lean_votes": _("Votes Lean Coffee"),
        "case_proposals": _("Cas proposés"),
        "repertoire_entries": _("Entrées du répertoire"),
        "entry_authors": _("Auteurs d'entrées"),
        "entry_revisions": _("Versions antérieures d'entrées"),
    }
    return labels[table]


@dataclass
class Tally:
    """How the rows of one kind fared."""

    added: int = 0
    updated: int = 0
    identical: int = 0
    aside: int = 0

    @property
    def total(self) -> int:
        """Rows of this kind in the file, whatever became of them."""
        return self.added + self.updated + self.identical + self.aside


@dataclass(frozen=True)
class Aside:
    """Something of the file that the merge did not apply, and why (one sentence)."""

    kind: str  # the table
    what: str  # which one, as a person names it
    why: str


@dataclass
class MergeReport:
    """The outcome of one merge, or of its preview (``dry_run``)."""

    source: str
    dry_run: bool
    tallies: dict[str, Tally] = field(default_factory=dict)
    aside: list[Aside] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # Rows the file left out for confidentiality when it was written (by table).
    withheld: dict[str, int] = field(default_factory=dict)

    def tally(self, table: str) -> Tally:
        """The counts of ``table`` (created at zero)."""
        return self.tallies.setdefault(table, Tally())

    @property
    def added(self) -> int:
        """Rows the merge adds, over every table."""
        return sum(t.added for t in self.tallies.values())

    @property
    def updated(self) -> int:
        """Rows of the target the merge changes, over every table."""
        return sum(t.updated for t in self.tallies.values())

    @property
    def identical(self) -> int:
        """Rows already the same on both sides, over every table."""
        return sum(t.identical for t in self.tallies.values())

    @property
    def kept_aside(self) -> int:
        """Rows not applied (listed with why), over every table."""
        return sum(t.aside for t in self.tallies.values())

    @property
    def changes_anything(self) -> bool:
        """Whether applying it writes anything."""
        return self.added + self.updated > 0

    def rows(self) -> list[tuple[str, Tally]]:
        """The kinds that had rows, in the order of a network's history."""
        return [
            (kind_label(name), self.tallies[name])
            for name in ORDER
            if name in self.tallies and self.tallies[name].total
        ]

    def headline(self) -> str:
        """One sentence: what the merge does or did."""
        counts = {
            "added": self.added,
            "updated": self.updated,
            "identical": self.identical,
            "aside": self.kept_aside,
        }
        if self.dry_run:
            return _(
                "Aperçu : {added} ajouts, {updated} mises à jour, {identical} identiques, "
                "{aside} mis de côté. Rien n'a encore été écrit."
            ).format(**counts)
        return _(
            "Fusion faite : {added} ajouts, {updated} mises à jour, {identical} identiques, "
            "{aside} mis de côté."
        ).format(**counts)

    def lines(self, limit: int = 20) -> list[str]:
        """The report as text lines (the command line prints them)."""
        out = [self.headline(), ""]
        header = (_("Sorte"), _("ajoutés"), _("mis à jour"), _("identiques"), _("mis de côté"))
        width = max([len(header[0])] + [len(label) for label, _t in self.rows()])
        out.append(f"  {header[0]:<{width}}  " + "  ".join(f"{h:>11}" for h in header[1:]))
        for label, t in self.rows():
            figures = (t.added, t.updated, t.identical, t.aside)
            out.append(f"  {label:<{width}}  " + "  ".join(f"{n:>11}" for n in figures))
        if self.aside:
            out.append("")
            out.append(_("Mis de côté :"))
            for item in self.aside[:limit]:
                out.append(f"  - {kind_label(item.kind)} · {item.what} : {item.why}")
            if len(self.aside) > limit:
                out.append(_("  … et {n} autres.").format(n=len(self.aside) - limit))
        if self.notes:
            out.append("")
            out.extend(f"  {note}" for note in self.notes[:limit])
        if self.withheld:
            out.append("")
            out.append(
                _(
                    "Le fichier ne contient pas {n} éléments confidentiels (laissés sur le poste "
                    "d'origine)."
                ).format(n=sum(self.withheld.values()))
            )
        return out
