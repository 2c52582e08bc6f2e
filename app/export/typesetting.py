"""Any script a person types, drawn in a PDF (reportlab).

- the DejaVu fonts bundled in ``resources/fonts`` (accents, « », ’, –, Hebrew, Arabic),
  registered once as a family so that <b> and <i> work;
- ``text()`` turns any user string into safe Paragraph markup: markup characters print
  literally, control characters and halves of characters go, nothing is ever fetched (no
  <img>, no <link>), Arabic letters take their joined forms, an emoji or a symbol the font
  cannot draw is named in brackets in the reader's language;
- ``Paragraph`` puts right-to-left runs in visual order line by line once the lines are
  broken, so that a long Hebrew or Arabic paragraph reads from its first line down.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph as _Paragraph

from app.i18n import current_language

FONT = "DejaVuSans"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


@cache
def register_fonts() -> str:
    """Register the bundled DejaVu family once; returns its name."""
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
    """User text as markup for this module's ``Paragraph``, showing what was typed: markup
    printed literally, control characters and halves of characters removed, Arabic letters
    joined (the Paragraph puts right-to-left runs in visual order, line by line), an emoji
    or symbol the fonts cannot draw named in brackets rather than a box."""
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
        """Draw the lines, right-to-left runs put in visual order once the lines are broken."""
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
