"""The window's pages other than home and the cockpit, built the first time they are shown
(none of them is needed for the first frame; each costs tens of milliseconds and its imports)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QStatusBar, QWidget

if TYPE_CHECKING:
    from app.workspace import Workspace


class PageHost(Protocol):
    """What a page is connected to: the main window (``ui.shell.window``)."""

    workspace: Workspace

    def statusBar(self) -> QStatusBar: ...

    def go_home(self) -> None: ...

    def run(self, meeting_id: uuid.UUID) -> None: ...

    def _planned(self, network_id: uuid.UUID, meeting_id: uuid.UUID) -> None: ...

    def _back_from_repertoire(self) -> None: ...

    def _publish(self, network_id: uuid.UUID) -> None: ...

    def steer(self, network_id: uuid.UUID) -> None: ...

    def _network_archived(self, name: str) -> None: ...

    def _network_deleted(self, name: str, backup: object) -> None: ...


def build_page(window: PageHost, name: str) -> QWidget:
    """The page ``name`` of ``window``, connected to it."""
    w = window.workspace
    if name == "planner":
        from ui.home.planner import PlannerPage

        planner = PlannerPage(w)
        planner.planned.connect(window._planned)
        planner.cancelled.connect(window.go_home)
        planner.refused.connect(lambda why: window.statusBar().showMessage(why, 10_000))
        return planner
    if name == "checkin":
        from ui.session.checkin import CheckInPage

        checkin = CheckInPage(w)
        checkin.run_requested.connect(window.run)
        checkin.home_requested.connect(window.go_home)
        return checkin
    if name == "summary":
        from ui.session.summary import SummaryPage

        summary = SummaryPage(w)
        summary.home_requested.connect(window.go_home)
        summary.publish_requested.connect(window._publish)
        return summary
    if name == "repertoire":
        from ui.repertoire.page import RepertoirePage

        repertoire = RepertoirePage(w)
        repertoire.back_requested.connect(window._back_from_repertoire)
        return repertoire
    if name == "organisation":
        from ui.steering.organisation import OrganisationPage

        organisation = OrganisationPage(w)
        organisation.back_requested.connect(window.go_home)
        organisation.steer_requested.connect(window.steer)
        return organisation
    from ui.steering.network import NetworkPage

    network = NetworkPage(w)
    network.archived.connect(window._network_archived)
    network.deleted.connect(window._network_deleted)
    network.back_requested.connect(window.go_home)
    return network
