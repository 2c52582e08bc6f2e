"""The minutes as a Word document (.docx, python-docx), for a facilitator who edits them.

Rendered from the same blocks as the Markdown (``minutes_content``): the same facts as the
PDF, the same confidentiality rule. Real headings (the navigation pane lists them), real
tables, the document's title and author in its properties, page numbers in the footer.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph

from app.dates import long_date
from app.export.minutes_content import Block, Entry, Line, Section, Table, Title, minutes_blocks
from app.export.minutes_data import MinutesData, Options
from app.export.pdf import write_atomically
from app.i18n import translator

ACCENT = RGBColor(0x1F, 0x5F, 0x8B)
MUTED = RGBColor(0x5B, 0x67, 0x70)
# Column widths (cm) by number of columns: the text column takes what the figures leave.
WIDTHS = {2: (4.0, 13.0), 4: (7.5, 4.0, 2.5, 3.0), 5: (7.3, 3.5, 2.1, 2.1, 2.0)}


def _field(paragraph: Paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) that the reader's word processor fills in."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, code), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} "
        run._r.append(element)


def _table(document: DocxDocument, block: Table) -> None:
    width = len(block.header or block.rows[0]) if (block.header or block.rows) else 0
    if not width:
        return
    rows = ([block.header] if block.header else []) + list(block.rows)
    table = document.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid" if block.header else "Normal Table"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    offset = 1 if block.header else 0
    if block.header:  # repeated at the top of each page the table runs onto
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        table.rows[0]._tr.get_or_add_trPr().append(repeat)
    _column_widths(table, WIDTHS.get(width))
    for r, (row, values) in enumerate(zip(table.rows, rows, strict=True)):
        cells = row.cells  # once per row: table.cell() rebuilds the whole grid each call
        for c, value in enumerate(values):
            _cell(cells[c].paragraphs[0], value, block, r, c, r - offset in block.indented)
    document.add_paragraph()


def _column_widths(table: DocxTable, widths: tuple[float, ...] | None) -> None:
    """Fix the columns' widths (cm), both where LibreOffice and where Word read them."""
    if not widths:
        return
    table.autofit = False
    for column, cm in zip(table.columns, widths, strict=True):
        column.width = Cm(cm)  # the grid, which LibreOffice reads
        for one in column.cells:  # the cells, which Word reads
            one.width = Cm(cm)


def _cell(paragraph: Paragraph, value: str, block: Table, r: int, c: int, indented: bool) -> None:
    """One cell's text at row ``r``, column ``c``: header, label column, phase row, figures."""
    run = paragraph.add_run(value)
    run.font.size = Pt(9.5)
    header = block.header is not None and r == 0
    if header or (block.header is None and c == 0):
        run.bold = True
    if header:
        run.font.color.rgb = ACCENT
    if indented:
        run.font.color.rgb = MUTED
        if c == 0:
            paragraph.paragraph_format.left_indent = Cm(0.5)
    if c in block.right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _render(document: DocxDocument, blocks: list[Block]) -> None:
    for block in blocks:
        if isinstance(block, Title):
            _title(document, block)
        elif isinstance(block, Section):
            document.add_heading(block.text, level=block.level)
        elif isinstance(block, Line):
            _line(document, block)
        elif isinstance(block, Entry):
            _entry(document, block)
        else:
            _table(document, block)


def _title(document: DocxDocument, block: Title) -> None:
    """The document's title, its subtitle muted, its note in italics."""
    document.add_heading(block.text, level=0)
    if block.subtitle:
        run = document.add_paragraph().add_run(block.subtitle)
        run.font.color.rgb = MUTED
    if block.note:
        run = document.add_paragraph().add_run(block.note)
        run.italic = True


def _line(document: DocxDocument, block: Line) -> None:
    """A line of text, its label in bold."""
    paragraph = document.add_paragraph()
    if block.label:
        paragraph.add_run(block.label + (block.colon if block.text else "")).bold = True
    run = paragraph.add_run(block.text)
    if block.muted:
        run.italic = True
        run.font.color.rgb = MUTED


def _entry(document: DocxDocument, block: Entry) -> None:
    """An entry: its prefix (a number, a kind, or a bullet), its title in bold, its body muted."""
    style = "List Bullet" if block.prefix == "•" else None
    paragraph = document.add_paragraph(style=style)
    if block.prefix and block.prefix != "•":
        separator = " " if block.prefix.endswith(".") else " — "
        paragraph.add_run(block.prefix + separator)
    paragraph.add_run(block.title).bold = True
    for line in block.body.splitlines():
        paragraph.add_run().add_break()
        run = paragraph.add_run(line)
        run.font.color.rgb = MUTED


def minutes_document(data: MinutesData, options: Options) -> DocxDocument:
    """The minutes of ``data`` as a python-docx document (not yet saved)."""
    _ = translator(options.language)
    document = Document()
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(1.8)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    author = data.scribe or data.facilitator or "Cercle"
    properties = document.core_properties
    properties.title = _("Compte rendu — {network}, séance {number}").format(
        network=data.network, number=data.number
    )
    properties.author = author
    properties.subject = data.title or properties.title
    properties.language = options.language
    properties.created = data.issued_at.replace(tzinfo=None)
    _render(document, minutes_blocks(data, options))
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(
        _("{network} · séance {number} · émis le {date} par {author}").format(
            network=data.network,
            number=data.number,
            date=long_date(data.issued_at, options.language),
            author=author,
        )
        + " · "
    )
    page, total = _("page {page} / {total}").split("{page}")
    footer.add_run(page)
    _field(footer, "PAGE")
    footer.add_run(total.replace("{total}", ""))
    _field(footer, "NUMPAGES")
    for run in footer.runs:
        run.font.size = Pt(8)
        run.font.color.rgb = MUTED
    return document


def write_docx(data: MinutesData, out: Path, options: Options) -> None:
    """Write the Word minutes to ``out`` (whole or not at all)."""
    document = minutes_document(data, options)
    with write_atomically(out) as temporary:
        document.save(str(temporary))
