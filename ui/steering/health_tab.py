"""The network's health in one screen: six cards, the warnings, five charts, who carries the
network and what it shares with other networks. The cards and the warnings only format the
core's one computation (app/steering_vitals.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.coexistence import Coexistence
from app.steering import Dashboard
from ui.kit.formatting import decimal, local_date
from ui.kit.style import ACCENT, MUTED
from ui.kit.widgets import muted
from ui.steering.charts import DashboardCharts


class HealthTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.cards: dict[str, QLabel] = {}
        cards = QHBoxLayout()
        for key in ("mass", "rhythm", "balance", "roti", "actions", "next"):
            card = QLabel()
            card.setObjectName("card")
            card.setWordWrap(True)
            card.setTextFormat(Qt.TextFormat.RichText)
            card.setMinimumHeight(70)
            self.cards[key] = card
            cards.addWidget(card, 1)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setObjectName("warnings")
        self.charts = c = DashboardCharts(self)
        charts = QGridLayout()
        charts.addWidget(c.circles_view, 0, 0)
        charts.addWidget(c.balance_view, 0, 1)
        charts.addWidget(c.attendance_view, 1, 0)
        charts.addWidget(c.growth_view, 1, 1)
        charts.addWidget(c.roti_view, 0, 2, 2, 1)
        for column, stretch in enumerate((4, 4, 3)):  # the titles of the first two stay whole
            charts.setColumnStretch(column, stretch)
        self.leaders_label = muted()
        self.coexistence_label = muted()
        layout = QVBoxLayout(self)
        layout.addLayout(cards)
        layout.addWidget(self.warnings)
        layout.addLayout(charts, 1)
        layout.addWidget(self.leaders_label)
        layout.addWidget(self.coexistence_label)

    def _card(self, key: str, title: str, value: str, note: str, alert: bool = False) -> None:
        colour = "#b3261e" if alert else ACCENT
        self.cards[key].setText(
            f"<div style='color:{MUTED}; font-size:9pt'>{title}</div>"
            f"<div style='font-size:17pt; font-weight:600; color:{colour}'>{value}</div>"
            f"<div style='color:{MUTED}; font-size:9pt'>{note}</div>"
        )

    def show_reading(self) -> None:
        """The skeleton while the network is read: every card titled, no figure yet."""
        reading = self.tr("lecture…")
        for key, title in (
            ("mass", self.tr("Membres engagés (noyau + actifs)")),
            ("rhythm", self.tr("Rythme des séances")),
            ("balance", self.tr("Équilibre de la parole")),
            ("roti", self.tr("ROTI de la dernière séance")),
            ("actions", self.tr("Actions")),
            ("next", self.tr("Prochaine séance")),
        ):
            self.cards[key].setText(
                f"<div style='color:{MUTED}; font-size:9pt'>{title}</div>"
                f"<div style='font-size:17pt; color:{MUTED}'>…</div>"
                f"<div style='color:{MUTED}; font-size:9pt'>{reading}<br></div>"
            )
        self.warnings.setText(self.tr("Lecture de l'historique du réseau…"))
        self.warnings.setProperty("alert", False)
        self.warnings.setProperty("reading", True)
        self.warnings.style().unpolish(self.warnings)
        self.warnings.style().polish(self.warnings)
        self.charts.clear()
        self.leaders_label.setText("")
        self.coexistence_label.setVisible(False)

    def display(self, d: Dashboard, both: Coexistence) -> None:
        mass = d.mass
        self._card(
            "mass",
            self.tr("Membres engagés (noyau + actifs)"),
            f"{mass.engaged} / {mass.members}",
            self.tr("aucun membre")
            if not mass.members
            else self.tr("✓ au moins un tiers")
            if mass.reached
            else self.tr("⚠ moins d'un tiers"),
            alert=d.alerts["mass"],
        )
        pace = d.rhythm
        self._card(
            "rhythm",
            self.tr("Rythme des séances"),
            self.tr("%1 j").replace("%1", str(pace.days)) if pace.days is not None else "—",
            self.tr("visé : %1 j").replace("%1", str(pace.target_days)),
            alert=d.alerts["rhythm"],
        )
        self._card(
            "balance",
            self.tr("Équilibre de la parole"),
            "—" if d.balance is None else decimal(d.balance),
            self.tr("moyenne des 6 dernières séances (1 = partagé)"),
        )
        f = d.follow
        self._card(
            "actions",
            self.tr("Actions"),
            self.tr("%1 / %2 à l'heure").replace("%1", str(f.on_time)).replace("%2", str(f.judged)),
            self.tr("%1 en retard · %2 en cours · %3 abandonnées")
            .replace("%1", str(f.late))
            .replace("%2", str(f.open))
            .replace("%3", str(f.dropped)),
            alert=d.alerts["actions"],
        )
        roti = d.roti[-1] if d.roti else None
        answered = (
            "—"
            if roti is None or roti.participation is None
            else str(round(roti.participation * 100))
        )
        self._card(
            "roti",
            self.tr("ROTI de la dernière séance"),
            "—" if roti is None else decimal(roti.mean, 1) + " / 5",
            self.tr("à faire en fin de séance")
            if roti is None
            else self.tr("4–5 : %1 % · réponses : %2 %")
            .replace("%1", str(round(roti.high_share * 100)))
            .replace("%2", answered),
            alert=d.alerts["roti"],
        )
        upcoming = d.planned[0] if d.planned else None
        self._card(
            "next",
            self.tr("Prochaine séance"),
            local_date(upcoming.start) if upcoming else "—",
            upcoming.title if upcoming else self.tr("à planifier"),
            alert=d.alerts["next"],
        )
        if d.warnings:
            self.warnings.setText("\n".join(f"⚠ {w}" for w in d.warnings))
            self.warnings.setProperty("alert", True)
        else:
            self.warnings.setText(self.tr("✓ Aucun signal d'alerte."))
            self.warnings.setProperty("alert", False)
        self.warnings.setProperty("reading", False)
        self.warnings.style().unpolish(self.warnings)
        self.warnings.style().polish(self.warnings)
        self.charts.display(d)
        leaders = ", ".join(
            self.tr("%1 (cas : %2 · captures : %3 · actions menées : %4)")
            .replace("%1", name)
            .replace("%2", str(c.cases))
            .replace("%3", str(c.captures))
            .replace("%4", str(c.actions_closed))
            for name, c in d.leaders[:4]
        )
        self.leaders_label.setText(
            self.tr("Ceux qui portent le réseau : %1").replace("%1", leaders or "—")
        )
        notes = [
            self.tr("%n membre(s) partagé(s) entre %2 et %3", "", n)
            .replace("%2", a)
            .replace("%3", b)
            for a, b, n in both.shared_members
            if d.profile.name in (a, b)
        ]
        notes += [
            self.tr("⚠ « %1 » est défini différemment selon les réseaux").replace("%1", term)
            for term, definitions in both.term_conflicts
            if any(network == d.profile.name for network, _body in definitions)
        ]
        self.coexistence_label.setText(" · ".join(notes))
        self.coexistence_label.setVisible(bool(notes))
