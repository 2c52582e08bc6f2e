"""One entry point for the minutes in any format: the file's extension chooses the layout."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from app.export.errors import ExportError
from app.export.minutes import write_minutes
from app.export.minutes_data import MinutesData, Options, snapshot
from app.export.pdf import check_destination
from app.i18n import _
from app.methods import MethodCatalogue
from app.store import Store


def _markdown(data: MinutesData, out: Path, options: Options) -> None:
    from app.export.minutes_markdown import write_markdown

    write_markdown(data, out, options)


def _docx(data: MinutesData, out: Path, options: Options) -> None:
    from app.export.minutes_docx import write_docx  # python-docx, loaded when needed

    write_docx(data, out, options)


WRITERS: dict[str, Callable[[MinutesData, Path, Options], None]] = {
    ".pdf": write_minutes,
    ".md": _markdown,
    ".docx": _docx,
}


def writer(out: Path) -> Callable[[MinutesData, Path, Options], None]:
    """The layout ``out``'s extension asks for; a clear refusal for any other."""
    found = WRITERS.get(out.suffix.lower())
    if found is None:
        raise ExportError(
            _(
                "« {name} » : le compte rendu s'écrit en .pdf, .md (Markdown) ou .docx (Word)."
            ).format(name=out.name)
        )
    return found


def export_minutes_as(
    store: Store,
    meeting_id: uuid.UUID,
    methods: MethodCatalogue,
    now: datetime,
    out: Path,
    options: Options,
) -> Path:
    """Snapshot once, then write ``out`` as PDF, Markdown or Word (from its extension)."""
    write = writer(out)
    check_destination(out)
    write(snapshot(store, meeting_id, methods, now, options.reader), out, options)
    return out
