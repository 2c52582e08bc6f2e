"""The network's programme: sessions planned, open actions by owner, and who has not yet
been a client in co-development."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from app.i18n import current_language
from app.steering import Dashboard
from app.workspace import Workspace
from ui.kit.formatting import local_date
from ui.kit.table import Column, RowsModel, table_view
from ui.kit.widgets import section
from ui.kit.words import session_number


class ProgrammeTab(QWidget):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.planned: RowsModel[object] = RowsModel(
            [
                Column(self.tr("Date"), lambda s: local_date(s.start)),  # type: ignore[attr-defined]
                Column(self.tr("Séance"), lambda s: f"{session_number(s.number)} · {s.title}"),  # type: ignore[attr-defined]
                Column(self.tr("Format"), lambda s: self._format_name(s.format)),  # type: ignore[attr-defined]
            ]
        )
        self.owners: RowsModel[tuple[str, int]] = RowsModel(
            [
                Column(self.tr("Responsable"), lambda o: o[0]),
                Column(self.tr("Actions ouvertes"), lambda o: str(o[1])),
            ]
        )
        self.never_client = QLabel()
        self.never_client.setWordWrap(True)
        grid = QGridLayout(self)
        grid.addWidget(section(self.tr("SÉANCES PLANIFIÉES")), 0, 0)
        grid.addWidget(
            table_view(self.planned, self.tr("Séances planifiées"), selectable=False), 1, 0
        )
        grid.addWidget(section(self.tr("ACTIONS OUVERTES PAR RESPONSABLE")), 0, 1)
        grid.addWidget(
            table_view(self.owners, self.tr("Actions par responsable"), selectable=False), 1, 1
        )
        grid.addWidget(section(self.tr("PAS ENCORE CLIENT EN CODÉVELOPPEMENT")), 2, 0, 1, 2)
        grid.addWidget(self.never_client, 3, 0, 1, 2)

    def _format_name(self, key: str) -> str:
        """A session's format as the window's language names it (« codev » is a file name)."""
        method = self.workspace.methods.methods.get(key)
        if method is not None:
            return method.name.get(current_language())
        return self.tr("Plusieurs formats") if key == "mixed" else key

    def display(self, d: Dashboard) -> None:
        self.planned.set_rows(d.planned)
        self.owners.set_rows(list(d.open_actions.items()))
        never = [m.name for m in d.members if not m.been_client]
        self.never_client.setText(", ".join(never) if never else self.tr("Tout le monde l'a été."))
