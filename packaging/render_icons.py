"""Render the application icon from its one SVG source: PNGs, a Windows .ico and a macOS .icns.

    .venv/bin/python packaging/render_icons.py [--out DIR]

Every size is drawn from `icons/iomed-desk.svg` by Qt's SVG renderer on the
offscreen platform (no display needed), so the sizes never drift apart. The ICO
and ICNS containers are written here with PNG-compressed entries (read by
Windows Vista and later, macOS 10.7 and later), so neither Pillow nor Apple's
`iconutil` is needed. The output is deterministic: rerunning it on the same Qt
changes no byte.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "icons" / "iomed-desk.svg"
STEM = "iomed-desk"

#: the PNG sizes kept in the repository (freedesktop hicolor sizes up to 512)
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Windows shows 16-48 in Explorer and the taskbar, 256 in large views
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: the entries Apple's `iconutil` writes for a full iconset (type -> pixels; @2x types double)
ICNS_TYPES = {b"ic11": 32, b"ic12": 64, b"ic07": 128, b"ic13": 256, b"ic08": 256,
              b"ic14": 512, b"ic09": 512, b"ic10": 1024}


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a transparent `size` x `size` image, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG for Qt")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG"):
        raise SystemExit("Qt could not write PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """An ICO file holding one PNG entry per size (a width or height of 0 means 256)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """An ICNS file with a table of contents and PNG entries, in the order `ICNS_TYPES` lists them."""
    chunks = [(kind, pngs[size]) for kind, size in ICNS_TYPES.items()]
    toc = b"TOC " + struct.pack(">I", 8 + 8 * len(chunks))
    toc += b"".join(kind + struct.pack(">I", 8 + len(data)) for kind, data in chunks)
    body = toc + b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in chunks)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_all(svg: Path, sizes: Iterable[int]) -> dict[int, bytes]:
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 - painting needs one
    return {size: render_png(svg, size) for size in sorted(set(sizes))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=SOURCE, help="the icon source (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=SOURCE.parent, help="output folder (default: %(default)s)")
    args = parser.parse_args(argv)
    pngs = render_all(args.svg, {*PNG_SIZES, *ICO_SIZES, *ICNS_TYPES.values()})
    args.out.mkdir(parents=True, exist_ok=True)
    written = []
    for size in PNG_SIZES:
        written.append(args.out / f"{STEM}-{size}.png")
        written[-1].write_bytes(pngs[size])
    written.append(args.out / f"{STEM}.ico")
    written[-1].write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    written.append(args.out / f"{STEM}.icns")
    written[-1].write_bytes(icns_bytes(pngs))
    for path in written:
        print(f"{path}  {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
