"""Render Cercle's icon from its one source (cercle.svg) into every size and format.

    .venv/bin/python packaging/icons/make_icons.py

Writes, beside this file: ``png/cercle-N.png`` (the Linux hicolor sizes), ``cercle.ico``
(Windows: PNG-compressed entries 16…256), ``cercle.icns`` (macOS: 16…1024), and the
window's own icon ``resources/icons/cercle.png``. Run it again after changing the SVG and
commit the results (the build never renders: it only picks the files up).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCE = HERE / "cercle.svg"
LINUX_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The icns types whose payload is a PNG, by pixel size.
ICNS_TYPES = {
    16: b"icp4",
    32: b"icp5",
    64: b"icp6",
    128: b"ic07",
    256: b"ic08",
    512: b"ic09",
    1024: b"ic10",
}
WINDOW_ICON = ROOT / "resources" / "icons" / "cercle.png"


def render(size: int) -> bytes:
    """The SVG drawn on a transparent square of ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    directory = b""
    for size, png in pngs.items():
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + directory + b"".join(pngs.values())


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns of PNG entries."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png for size, png in pngs.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    sizes = sorted(set(LINUX_SIZES) | set(ICO_SIZES) | set(ICNS_TYPES))
    pngs = {size: render(size) for size in sizes}
    (HERE / "png").mkdir(exist_ok=True)
    for size in LINUX_SIZES:
        (HERE / "png" / f"cercle-{size}.png").write_bytes(pngs[size])
    (HERE / "cercle.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (HERE / "cercle.icns").write_bytes(icns({s: pngs[s] for s in ICNS_TYPES}))
    WINDOW_ICON.parent.mkdir(exist_ok=True)
    WINDOW_ICON.write_bytes(pngs[256])
    print(f"icons written from {SOURCE.name}: {', '.join(map(str, sizes))} px")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
