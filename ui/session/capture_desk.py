"""The cockpit's captures: the capture bar opened for a kind, saved through the engine.

A term already defined is not captured twice: the second Enter revises its definition
(through the workspace, journaled in the session: Ctrl+Z undoes it).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHeaderView, QTableView

from app.confidentiality import confidential_by_default
from app.engine.facts import CaptureFact
from app.engine.session import SessionEngine
from app.engine.state import LiveState
from app.repertoire import DuplicateTermError
from app.vocabulary import KIND_SYMBOLS, kind_name
from app.workspace import Workspace
from models import EntryKind
from ui.kit.table import Column, RowsModel, table_view
from ui.kit.widgets import FAILED, Banner, Failed
from ui.session.capture_bar import ACTION_PLAN, CONTRACT, CaptureBar, CaptureRequest

T = TypeVar("T")


class CaptureHost(Protocol):
    """What the desk needs of the cockpit (no import of it: no cycle)."""

    banner: Banner
    capture_bar: CaptureBar
    workspace: Workspace
    state: LiveState | None
    engine: SessionEngine | None

    def do(self, command: Callable[[], T]) -> T | Failed: ...

    def live(self) -> SessionEngine: ...


class CaptureDesk(QObject):
    """Opens the capture bar with what the moment expects, and saves what was typed."""

    def __init__(self, host: CaptureHost, refocus: Callable[[], None]) -> None:
        super().__init__()
        self.host = host
        self.refocus = refocus
        self.revise_term: uuid.UUID | None = None  # a term to revise instead of duplicating
        host.capture_bar.submitted.connect(self.save)
        host.capture_bar.cancelled.connect(self.cancelled)

    def captures_list(self) -> tuple[RowsModel[CaptureFact], QTableView]:
        """The session's captures, a long one wrapped over its lines, whole on hover."""
        model: RowsModel[CaptureFact] = RowsModel(
            [
                Column(
                    "",
                    self.text,
                    # the whole capture on hover: its title, then its text
                    tooltip=lambda c: c.title + (f"\n{c.body}" if c.body else ""),
                )
            ]
        )
        view = table_view(model, self.tr("Captures"), stretch=0, headers=False, alternating=False)
        # A long capture wraps over its lines instead of being cut short.
        view.setWordWrap(True)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return model, view

    def open(self, kind: str) -> None:
        s = self.host.state
        if s is None:
            return
        people = [(p.member_id, p.name) for p in s.participants]
        texts = {}
        if s.current is not None:
            fact = self.host.live().facts.item(s.current.id)
            texts = {CONTRACT: fact.contract, ACTION_PLAN: fact.action_plan}
        confidential = False
        if kind not in (CONTRACT, ACTION_PLAN):
            confidential = confidential_by_default(s.current is not None and s.current.confidential)
        self.host.capture_bar.open(kind, people, s.now.astimezone().date(), texts, confidential)

    def cancelled(self) -> None:
        self.revise_term = None
        self.refocus()

    def expected(self) -> None:
        s = self.host.state
        phase = s.current.phase if s and s.current else None
        expected = phase.phase.captures[0] if phase and phase.phase.captures else "decision"
        self.open(expected)

    def save(self, request: CaptureRequest) -> None:
        engine = self.host.live()
        s = self.host.state
        if request.kind in (CONTRACT, ACTION_PLAN):
            if s is None or s.current is None:
                self.host.banner.show_message(self.tr("Aucun point n'est en cours."), error=True)
                return
            item_id = s.current.id
            setter = engine.set_contract if request.kind == CONTRACT else engine.set_action_plan
            if self.host.do(lambda: setter(item_id, request.title)) is FAILED:
                return
            self.host.banner.show_message(self.tr("Enregistré dans le point en cours."))
        elif self.revise_term is not None and request.kind == EntryKind.TERM.value:
            # The term exists: a second Enter revises its definition (its old text is kept).
            existing, self.revise_term = self.revise_term, None
            workspace = self.host.workspace
            body = request.body or None
            revised = self.host.do(lambda: workspace.edit_entry(existing, body=body))
            if revised is FAILED:
                return
            self.host.banner.show_message(self.tr("Définition révisée ; l'ancienne est gardée."))
        else:
            kind = EntryKind(request.kind)
            duplicate: list[DuplicateTermError] = []

            def capture() -> object:
                try:
                    return engine.capture(
                        kind,
                        request.title,
                        body=request.body,
                        owner_id=request.owner_id,
                        due_on=request.due_on,
                        confidential=request.confidential,
                    )
                except DuplicateTermError as error:
                    duplicate.append(error)
                    return FAILED

            if self.host.do(capture) is FAILED:
                if duplicate:
                    self.revise_term = duplicate[0].existing_id
                    self.host.banner.show_message(
                        self.tr(
                            "« %1 » est déjà défini dans ce réseau : Entrée pour réviser sa "
                            "définition, Échap pour annuler."
                        ).replace("%1", request.title.strip()),
                        error=True,
                        seconds=20,
                    )
                return  # the bar stays open with what was typed: nothing is lost
            self.host.banner.show_message(
                self.tr("Capture enregistrée : %1").replace("%1", kind_name(kind))
            )
        self.host.capture_bar.clear()
        self.refocus()

    def text(self, c: CaptureFact) -> str:
        text = f"{KIND_SYMBOLS[c.kind]} {c.title}"
        if c.kind is EntryKind.ACTION and self.host.engine is not None:
            owner = self.host.engine.facts.names.get(c.owner_id) if c.owner_id else None
            due = f"{c.due_on:%d/%m}" if c.due_on else ""
            text += f" — {owner or ''} {due}".rstrip()
        if c.confidential:
            text += " " + self.tr("(confidentiel)")
        return text
