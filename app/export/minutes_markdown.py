"""The minutes as Markdown: pasteable into an intranet page, a wiki or a chat.

Rendered from the same blocks as the Word document (``minutes_content``); every piece of
text a member typed is escaped, so a title like ``*urgent* | à voir`` prints as typed and
never becomes emphasis or a table column.
"""

from __future__ import annotations

import re
from pathlib import Path

from app.export.minutes_content import Block, Entry, Line, Section, Table, Title, minutes_blocks
from app.export.minutes_data import MinutesData, Options
from app.export.pdf import write_atomically

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~!])")
_LINE_START = re.compile(r"^(\s*)([-+=]|\d+[.)])", re.MULTILINE)


def escape(value: str) -> str:
    """``value`` as literal Markdown text (CommonMark and GitHub-flavoured)."""
    escaped = _SPECIAL.sub(r"\\\1", value)
    escaped = _LINE_START.sub(
        lambda m: m.group(1) + re.sub(r"([-+=.)])", r"\\\1", m.group(2)), escaped
    )
    return escaped.replace("\r\n", "\n").replace("\n", "  \n")


def _cell(value: str) -> str:
    """A table cell: one line; only the inline marks and the column bar are escaped."""
    return _SPECIAL.sub(r"\\\1", " ".join(value.split())) or " "


def _table(block: Table) -> list[str]:
    width = len(block.header or block.rows[0]) if (block.header or block.rows) else 0
    if not width:
        return []
    header = block.header or ("",) * width
    lines = ["| " + " | ".join(_cell(h) if h else " " for h in header) + " |"]
    lines.append("|" + "|".join("---:" if i in block.right else "---" for i in range(width)) + "|")
    for number, row in enumerate(block.rows):
        cells = [_cell(c) for c in row]
        if number in block.indented:
            cells[0] = "\u2003↳ " + cells[0]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _entry(block: Entry) -> str:
    title = f"**{escape(block.title)}**"
    indent = ""
    if block.prefix == "•":
        title, indent = f"- {title}", "  "
    elif re.fullmatch(r"\d+\.", block.prefix):
        title, indent = f"{block.prefix} {title}", "   "
    elif block.prefix:
        title = f"*{escape(block.prefix)}* — {title}"
    if block.body:
        title += "  \n" + indent + escape(block.body).replace("  \n", "  \n" + indent)
    return title


def render(blocks: list[Block]) -> str:
    """Blocks as one Markdown document (blank line between blocks)."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Title):
            out.append(f"# {escape(block.text)}")
            if block.subtitle:
                out.append(f"*{escape(block.subtitle)}*")
            if block.note:
                out.append(f"> {escape(block.note)}")
        elif isinstance(block, Section):
            out.append("#" * (block.level + 1) + " " + escape(block.text))
        elif isinstance(block, Line):
            label = f"**{escape(block.label)}**" if block.label else ""
            body = escape(block.text)
            if block.muted and body:
                body = f"*{body}*"
            out.append(f"{label}{block.colon}{body}" if label and body else label or body)
        elif isinstance(block, Entry):
            out.append(_entry(block))
        else:
            out.append("\n".join(_table(block)))
    return "\n\n".join(out) + "\n"


def minutes_markdown(data: MinutesData, options: Options) -> str:
    """The minutes of ``data`` as Markdown text."""
    return render(minutes_blocks(data, options))


def write_markdown(data: MinutesData, out: Path, options: Options) -> None:
    """Write the Markdown minutes to ``out`` (UTF-8, whole or not at all)."""
    with write_atomically(out) as temporary:
        temporary.write_text(minutes_markdown(data, options), encoding="utf-8")
