"""Reading a table of people as spreadsheets really save it: rows of cells, whole or refused.

- ``.xlsx`` workbooks (their first sheet), read with openpyxl;
- CSV and text exports: UTF-8 with or without BOM, UTF-16 with tabs (Excel's "Texte
  Unicode"), or an 8-bit Western encoding (Windows-1252, ISO-8859-15, Mac Roman, DOS 850)
  recognised by charset-normalizer rather than guessed;
- rows pasted from a spreadsheet (tab-separated text).

A file is decoded whole or refused with one sentence naming the line and the byte: a name
is never imported as "Le�on", and a UTF-8 file with one stray byte is not silently read as
Windows-1252 (that turned "Prénom" into "PrÃ©nom", and first names vanished).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass

from app.i18n import _

# 8-bit encodings a French or English spreadsheet may write; charset-normalizer chooses
# among them by how plausible the decoded text is.
WESTERN = ("cp1252", "iso8859_15", "mac_roman", "cp850")
ENCODING_NAMES = {
    "utf_8": "UTF-8",
    "utf_16": "UTF-16",
    "utf_16_le": "UTF-16",
    "utf_16_be": "UTF-16",
    "cp1252": "Windows-1252",
    "iso8859_15": "ISO-8859-15",
    "mac_roman": "Mac Roman",
    "cp850": "DOS 850",
    "xlsx": "Excel (.xlsx)",
}
# Two or more bytes that only UTF-8 writes: the file is UTF-8, even if a byte is broken.
UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}")
ZIP = b"PK\x03\x04"
OLE = b"\xd0\xcf\x11\xe0"  # the old binary .xls


class TableError(Exception):
    """The data cannot be read as a table; the message says why, in one sentence."""


@dataclass(frozen=True)
class Table:
    records: list[tuple[int, list[str]]]  # (line or row number, cells), blank rows left out
    encoding: str  # as a person names it: "UTF-8", "Windows-1252", "Excel (.xlsx)"…
    delimiter: str  # "" for a workbook


def read_table(data: bytes) -> Table:
    """The rows of a CSV, text or ``.xlsx`` file; raises TableError when it is unreadable."""
    if data.startswith(ZIP):
        return _workbook(data)
    if data.startswith(OLE):
        raise TableError(
            _(
                "Ce classeur Excel ancien (.xls) ne se lit pas : enregistrez-le en .xlsx ou en "
                "CSV UTF-8 depuis le tableur."
            )
        )
    text, encoding = decode(data)
    return parse_text(text, encoding)


def parse_text(text: str, encoding: str = "UTF-8") -> Table:
    """Rows of delimited text (a file's, or rows pasted from a spreadsheet)."""
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for record in reader:
            records.append((line, record))
            line = reader.line_num + 1
    except csv.Error as error:
        raise TableError(
            _("Le fichier n'est pas un CSV lisible (ligne {line}) : {error}").format(
                line=line, error=error
            )
        ) from error
    kept = [(n, r) for n, r in records if any(cell.strip() for cell in r)]
    return Table(kept, encoding, delimiter)


def decode(data: bytes) -> tuple[str, str]:
    """The whole text of ``data`` and its encoding's name; raises TableError otherwise."""
    if data.startswith(codecs.BOM_UTF8):
        body = data[len(codecs.BOM_UTF8) :]
        try:
            return body.decode("utf-8"), "UTF-8"
        except UnicodeDecodeError as error:
            position = error.start + len(codecs.BOM_UTF8)
            raise TableError(_unreadable(data, position, "UTF-8")) from error
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", "utf_16"), "UTF-16"
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _strict(data, utf16, utf16), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as error:
        if UTF8_SEQUENCE.search(data):  # UTF-8 with a broken byte: refused, not guessed
            raise TableError(_unreadable(data, error.start, "UTF-8")) from error
    return _eight_bit(data)


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise TableError(_unreadable(data, error.start, ENCODING_NAMES[name], codec)) from error


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 written without a BOM: one byte in two is zero in Latin text."""
    sample = data[:2000]
    if len(sample) < 4 or sample.count(0) < len(sample) // 3:
        return None
    odd_zeros = sample[1::2].count(0)
    even_zeros = sample[0::2].count(0)
    return "utf-16-le" if odd_zeros > even_zeros else "utf-16-be"


def _eight_bit(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # loaded only for such files

    best = from_bytes(data, cp_isolation=list(WESTERN)).best()
    if best is None:
        first = next((i for i, b in enumerate(data) if b >= 0x80 or b < 0x09), 0)
        raise TableError(_unreadable(data, first, "UTF-8"))
    text = str(best)
    if "\ufffd" in text or any(0x80 <= ord(c) <= 0x9F for c in text):
        bad = next(i for i, b in enumerate(data) if b >= 0x80)
        raise TableError(_unreadable(data, bad, ENCODING_NAMES.get(best.encoding, "?")))
    return text, ENCODING_NAMES.get(best.encoding, best.encoding)


def _unreadable(data: bytes, position: int, encoding: str, codec: str = "") -> str:
    if codec.startswith("utf-16"):
        line = data[:position].decode(codec, errors="replace").count("\n") + 1
    else:
        line = data[:position].count(b"\n") + 1
    byte = data[position] if position < len(data) else 0
    return _(
        "Le fichier ne se lit pas en entier : ligne {line}, l'octet 0x{byte:02X} n'est pas du "
        "texte {encoding}. Enregistrez-le en « CSV UTF-8 » depuis le tableur, puis importez-le "
        "de nouveau."
    ).format(line=line, byte=byte, encoding=encoding)


def _delimiter(text: str) -> str:
    header = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: header.count(d) for d in (";", ",", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ";"


def _workbook(data: bytes) -> Table:
    import zipfile

    from openpyxl import load_workbook  # loaded only for workbooks

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise TableError(
            _("Ce fichier n'est pas un classeur Excel lisible (.xlsx) : {error}").format(
                error=error
            )
        ) from error
    try:
        sheet = workbook.worksheets[0]
        records = []
        for number, row in enumerate(sheet.iter_rows(values_only=True), 1):
            cells = [_cell(value) for value in row]
            if any(cell.strip() for cell in cells):
                records.append((number, cells))
    finally:
        workbook.close()
    return Table(records, ENCODING_NAMES["xlsx"], "")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
