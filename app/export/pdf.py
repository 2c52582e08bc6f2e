"""The PDF machinery every Cercle document shares (reportlab platypus).

- DejaVu fonts bundled in ``resources/fonts`` (accents, « », ’, –), registered once as a
  family so that <b> and <i> work;
- ``text()`` turns any user string into safe Paragraph markup: markup characters print
  literally, control characters go, nothing is ever fetched (no <img>, no <link>);
- a page template with "page x / y" and a footer, an outline entry per section;
- ``write_atomically``: the document appears whole or not at all.
"""

from __future__ import annotations

import copy
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus import Paragraph as _Paragraph

from app.export.errors import ExportError
from app.i18n import _, current_language

FONT = "DejaVuSans"
ACCENT = colors.HexColor("#1f5f8b")
MUTED = colors.HexColor("#5b6770")
RULE = colors.HexColor("#d5dbe0")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


@cache
def register_fonts() -> str:
    folder = resources.files("resources") / "fonts"
    faces = {
        FONT: "DejaVuSans.ttf",
        f"{FONT}-Bold": "DejaVuSans-Bold.ttf",
        f"{FONT}-Oblique": "DejaVuSans-Oblique.ttf",
        f"{FONT}-BoldOblique": "DejaVuSans-BoldOblique.ttf",
    }
    for name, file in faces.items():
        with resources.as_file(folder / file) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FONT,
        normal=FONT,
        bold=f"{FONT}-Bold",
        italic=f"{FONT}-Oblique",
        boldItalic=f"{FONT}-BoldOblique",
    )
    return FONT


def text(value: str) -> str:
    """User text as Paragraph markup that shows what was typed: markup printed literally,
    control characters removed, right-to-left scripts in visual order (Arabic joined),
    a character the fonts cannot draw (an emoji) named in brackets rather than a box."""
    value = _SURROGATE.sub("\ufffd", value)
    value = _CONTROL.sub("", value).replace("\u202f", "\u00a0")  # DejaVu has no U+202F
    lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br/>".join(escape(drawable(shaped(line))) for line in lines)


_SURROGATE = re.compile(r"[\ud800-\udfff]")  # half of a character, left by a bad paste
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
# Emoji modifiers: presentation selectors, joiner, skin tones — meaningless once named.
_EMOJI_PARTS = re.compile(r"[\ufe0e\ufe0f\u200d\U0001f3fb-\U0001f3ff]")


def shaped(line: str) -> str:
    """Arabic letters in their joined forms (initial, medial, final), before lines are
    measured and broken: DejaVu draws the forms, reportlab does not choose them."""
    if not _ARABIC.search(line):
        return line
    import arabic_reshaper  # loaded only for Arabic text

    return str(arabic_reshaper.reshape(line))


def visual(line: str) -> str:
    """One drawn line in visual order: PDF text runs left to right, so a Hebrew or Arabic
    run is reversed by the Unicode bidi algorithm. Lines without such letters stay as
    they are."""
    if not _RTL.search(line):
        return line
    from bidi import get_display  # loaded only for right-to-left text

    return str(get_display(line))


class Paragraph(_Paragraph):
    """reportlab's Paragraph, with right-to-left runs put in visual order line by line when
    drawn — after the lines are broken (and split across pages) in logical order, so that a
    long Hebrew or Arabic text reads from its first line down, as it was written."""

    def draw(self) -> None:
        logical: Any = getattr(self, "blPara")  # noqa: B009 (reportlab sets it in wrap)
        style: ParagraphStyle = getattr(self, "style")  # noqa: B009 (set by reportlab)
        if _has_rtl(logical):
            self.blPara = _visual_lines(logical)
            if _starts_right_to_left(logical) and style.alignment == TA_LEFT:
                # A paragraph written right to left is aligned on the right, as it is read.
                self.style = ParagraphStyle(f"{style.name}-rtl", style, alignment=TA_RIGHT)
        try:
            super().draw()
        finally:
            self.blPara = logical
            self.style = style


def _words(broken: Any) -> Iterator[str]:
    for line in broken.lines:
        if broken.kind == 0:
            yield from line[1]
        else:
            yield from (getattr(word, "text", "") for word in line.words)


def _starts_right_to_left(broken: Any) -> bool:
    """Whether the first letter of the paragraph belongs to a right-to-left script."""
    for word in _words(broken):
        for char in word:
            direction = unicodedata.bidirectional(char)
            if direction in ("L", "R", "AL"):
                return direction != "L"
    return False


def _has_rtl(broken: Any) -> bool:
    return any(_RTL.search(word) for word in _words(broken))


def _visual_lines(broken: Any) -> Any:
    drawn = copy.copy(broken)
    if broken.kind == 0:  # one style: each line is (spare width, words)
        drawn.lines = [(spare, visual(" ".join(words)).split(" ")) for spare, words in broken.lines]
        return drawn
    drawn.lines = []
    for line in broken.lines:  # lines broken by <br/>: each holds fragments of text
        line = copy.copy(line)
        line.words = [
            word.clone(text=visual(word.text)) if _RTL.search(getattr(word, "text", "")) else word
            for word in line.words
        ]
        drawn.lines.append(line)
    return drawn


@cache
def _glyphs() -> frozenset[int]:
    font = pdfmetrics.getFont(register_fonts())
    # Beyond the first 65,536 characters reportlab writes a broken text layer (odd-length
    # hex in the ToUnicode map: "😍" copies as garbage), so those are named even when the
    # font has a glyph for them.
    return frozenset(c for c in font.face.charToGlyph if c <= 0xFFFF)


@cache
def _load_emoji_names(language: str) -> None:
    import emoji

    emoji.config.load_language(language)


def drawable(line: str) -> str:
    """``line`` with each emoji or symbol the font cannot draw named in brackets, in the
    reader's language: "Bravo 🎉👍🏽" → "Bravo [cotillons][pouce vers le haut…]" — readable
    and searchable, never a box. An emoji sequence (family, skin tone) is one name."""
    glyphs = _glyphs()
    if all(ord(c) in glyphs for c in line):
        return line
    import emoji  # names in many languages; loaded only when a line needs it

    language = current_language()
    _load_emoji_names(language)

    def name(sequence: str, data: dict[str, Any]) -> str:
        bare = _EMOJI_PARTS.sub("", sequence)
        if bare and all(ord(c) in glyphs for c in bare) and len(bare) == 1:
            return bare  # one symbol DejaVu has (☺ ✌): drawn as itself
        words = str(data.get(language) or data.get("en") or "").strip(":").replace("_", " ")
        return f"[{words}]" if words else bare

    out = []
    for char in _EMOJI_PARTS.sub("", emoji.replace_emoji(line, replace=name)):
        label = unicodedata.name(char, "").lower()
        symbol = unicodedata.category(char).startswith("S") and label
        # A letter of a script the font lacks stays itself: its box at least copies right.
        out.append(f"[{label}]" if symbol and ord(char) not in glyphs else char)
    return "".join(out)


class Styles:
    def __init__(self) -> None:
        font = register_fonts()
        base = ParagraphStyle(
            "body", fontName=font, fontSize=9.5, leading=13, alignment=TA_LEFT, spaceAfter=3
        )
        self.body = base
        self.small = ParagraphStyle("small", base, fontSize=8, leading=10, textColor=MUTED)
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


def _numbered_canvas(footer: str, page_words: str) -> type[Canvas]:
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
) -> None:
    """Write the document made by ``story`` to ``out``, whole or not at all."""
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
        document.build(flowables, canvasmaker=_numbered_canvas(footer, page_words))


def check_destination(out: Path) -> None:
    """Refuse, before any work, a place where the document could not be written."""
    folder = out.parent
    if out.is_dir():
        raise ExportError(
            _("{path} est un dossier : donnez un nom de fichier, se terminant par .pdf.").format(
                path=out
            )
        )
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
