"""The PDF machinery every Cercle document shares (reportlab platypus).

- the fonts, ``text()`` and ``Paragraph`` of ``app.export.typesetting`` (any script, any
  text typed or pasted, drawn safely);
- a page template with "page x / y" and a footer, an outline entry per section;
- ``write_atomically``: the document appears whole or not at all.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Table, TableStyle

from app.export.errors import ExportError
from app.export.typesetting import FONT, Paragraph, register_fonts, text
from app.i18n import _

ACCENT = colors.HexColor("#1f5f8b")
MUTED = colors.HexColor("#5b6770")
WARNING = colors.HexColor("#a3231b")
RULE = colors.HexColor("#d5dbe0")


class Styles:
    def __init__(self) -> None:
        font = register_fonts()
        base = ParagraphStyle(
            "body", fontName=font, fontSize=9.5, leading=13, alignment=TA_LEFT, spaceAfter=3
        )
        self.body = base
        self.small = ParagraphStyle("small", base, fontSize=8, leading=10, textColor=MUTED)
        self.warning = ParagraphStyle(
            "warning", base, fontName=f"{font}-Bold", textColor=WARNING, spaceAfter=8
        )
        self.cell = ParagraphStyle("cell", base, fontSize=8.5, leading=11, spaceAfter=0)
        self.cell_bold = ParagraphStyle("cellb", self.cell, fontName=f"{font}-Bold")
        self.cell_muted = ParagraphStyle("cellm", self.cell, textColor=MUTED, fontSize=8)
        self.title = ParagraphStyle(
            "title", base, fontName=f"{font}-Bold", fontSize=18, leading=22, spaceAfter=2
        )
        self.subtitle = ParagraphStyle(
            "subtitle", base, fontSize=11, leading=14, textColor=MUTED, spaceAfter=10
        )
        self.h1 = ParagraphStyle(
            "h1",
            base,
            fontName=f"{font}-Bold",
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=1,
        )
        self.h2 = ParagraphStyle(
            "h2",
            base,
            fontName=f"{font}-Bold",
            fontSize=10.5,
            leading=14,
            spaceBefore=6,
            keepWithNext=1,
        )


HEADING_LIMIT = 240  # characters of a title shown in a heading; the rest is told, not drawn


def shorten(title: str, limit: int = HEADING_LIMIT) -> str:
    """A title cut at a word near ``limit``, saying how much was left out (a 2,500-character
    title pasted by mistake must not fill pages of headings)."""
    if len(title) <= limit:
        return title
    cut = title[:limit]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return _("{start}… [titre raccourci : {count} caractères de plus]").format(
        start=cut.rstrip(), count=len(title) - len(cut)
    )


class Heading(Paragraph):
    """A section title that also becomes an entry of the PDF's outline (bookmarks)."""

    def __init__(self, title: str, style: ParagraphStyle, level: int = 0) -> None:
        title = shorten(title)
        super().__init__(text(title), style)
        self.outline_title = title
        self.outline_level = level


def table(
    rows: Sequence[Sequence[Flowable | str]],
    widths: Sequence[float],
    styles: Styles,
    header: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table whose string cells become wrapped Paragraphs (long text never overflows)."""
    cells = [
        [
            Paragraph(text(c), styles.cell_bold if header and r == 0 else styles.cell)
            if isinstance(c, str)
            else c
            for c in row
        ]
        for r, row in enumerate(rows)
    ]
    # A row taller than a page (a very long title) splits across pages instead of failing.
    result = Table(cells, colWidths=list(widths), repeatRows=1 if header else 0, splitInRow=1)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f5")))
    result.setStyle(TableStyle(commands + list(extra)))
    return result


class _Document(SimpleDocTemplate):
    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            key = f"h{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(
                flowable.outline_title, key, level=flowable.outline_level, closed=False
            )


def _numbered_canvas(footer: str, page_words: str, banner: str = "") -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Draws "page x / y" once the number of pages is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if banner:
                    self.setFont(f"{FONT}-Bold", 8)
                    self.setFillColor(WARNING)
                    self.drawCentredString(A4[0] / 2, A4[1] - 9 * mm, banner)
                self.setFont(FONT, 7.5)
                self.setFillColor(MUTED)
                self.drawString(18 * mm, 10 * mm, footer)
                self.drawRightString(
                    A4[0] - 18 * mm,
                    10 * mm,
                    page_words.format(page=self._pageNumber, total=total),
                )
                super().showPage()
            super().save()

    return NumberedCanvas


def build(
    out: Path,
    story: Callable[[Styles], list[Flowable]],
    *,
    title: str,
    author: str,
    subject: str,
    footer: str,
    page_words: str,
    banner: str = "",
) -> None:
    """Write the document made by ``story`` to ``out``, whole or not at all.

    ``banner`` is printed at the top of every page (a full record says what it is there)."""
    styles = Styles()
    flowables = story(styles)
    with write_atomically(out) as temporary:
        document = _Document(
            str(temporary),
            pagesize=A4,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=16 * mm,
            bottomMargin=18 * mm,
            title=title,
            author=author,
            subject=subject,
            creator="Cercle",
        )
        document.build(flowables, canvasmaker=_numbered_canvas(footer, page_words, banner))


def check_destination(out: Path) -> None:
    """Refuse, before any work, a place where the document could not be written."""
    folder = out.parent
    if out.is_dir():
        raise ExportError(_("{path} est un dossier : donnez un nom de fichier.").format(path=out))
    if not folder.is_dir():
        raise ExportError(
            _("Le dossier {folder} n'existe pas : choisissez un autre emplacement.").format(
                folder=folder
            )
        )
    if not os.access(folder, os.W_OK):
        raise ExportError(
            _(
                "Cercle ne peut pas écrire dans le dossier {folder} : choisissez un autre "
                "emplacement."
            ).format(folder=folder)
        )


def current_umask() -> int:
    """The process's umask, read without changing it where the system tells it (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere: set and put back at once
    os.umask(mask)
    return mask


@contextmanager
def write_atomically(out: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``out``; it replaces ``out`` only if all went well."""
    check_destination(out)
    handle, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        # mkstemp makes a private file (0600): a document is for sharing, as the umask says.
        os.chmod(temporary, 0o666 & ~current_umask())
        os.replace(temporary, out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


__all__ = [
    "ExportError",
    "Heading",
    "Paragraph",
    "Styles",
    "build",
    "check_destination",
    "table",
    "text",
]
