"""What an image file's header says, read before any pixel is decoded.

A picture's size is in its first bytes; the pixels may be a thousand times larger than the
file (a 20,000 × 20,000 PNG of zeros is 389 KB and decodes to 400 MB). Every path that opens
an image file (the ``decode`` command, a photo from a file, an image given as the camera) reads
the header here first and refuses a picture above its limit, so a bomb costs neither time nor
memory. Only formats whose header is read here are accepted: a file that is not one of them is
refused, even where OpenCV could decode it, because its size would be unknown until decoded.

Pillow reads the headers: its format plugins, used directly, parse the header and stop, and
do not apply Pillow's own bomb check (about 179 MP), which would hide the size behind an error.
WebP is the exception: Pillow's WebP plugin creates its decoder on open, which allocates the
canvas, so its size is read here from the RIFF chunk as the WebP container specification lays
it out.
"""

from __future__ import annotations

import struct
import warnings
from dataclasses import dataclass
from typing import BinaryIO

from PIL import (
    BmpImagePlugin,
    GifImagePlugin,
    Image,
    ImageFile,
    JpegImagePlugin,
    PngImagePlugin,
    PpmImagePlugin,
    TiffImagePlugin,
)

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _

MAX_PIXELS = 60_000_000  # more than any camera at a bench; larger pictures are refused
FORMATS = ("PNG", "JPEG", "WebP", "TIFF", "BMP", "GIF", "PNM")
_ALPHA_MODES = ("RGBA", "LA", "PA")  # Pillow modes that carry transparency
_PLUGINS: dict[str, type[ImageFile.ImageFile]] = {
    "PNG": PngImagePlugin.PngImageFile,
    "JPEG": JpegImagePlugin.JpegImageFile,
    "TIFF": TiffImagePlugin.TiffImageFile,
    "BMP": BmpImagePlugin.BmpImageFile,
    "GIF": GifImagePlugin.GifImageFile,
    "PNM": PpmImagePlugin.PpmImageFile,
}
# What Pillow raises for a header that is cut short or malformed.
_DAMAGED = (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError, KeyError)


@dataclass(frozen=True)
class Header:
    format: str  # one of FORMATS
    width: int
    height: int
    transparent: bool = False  # an alpha channel or a transparent colour

    @property
    def pixels(self) -> int:
        return self.width * self.height

    def check(self, name: str, limit: int = MAX_PIXELS) -> None:
        """Refuse a picture of more than ``limit`` pixels, or of none."""
        if self.width <= 0 or self.height <= 0:
            raise BadInput(
                _("{name} says it is {width}×{height} pixels: not an image.").format(
                    name=name, width=self.width, height=self.height
                )
            )
        if self.pixels > limit:
            raise BadInput(
                _(
                    "{name} is {width:,}×{height:,} pixels ({pixels:,.0f} MP), more than the "
                    "{limit:g} MP any bench photo has; it is not opened."
                ).format(
                    name=name,
                    width=self.width,
                    height=self.height,
                    pixels=self.pixels / 1e6,
                    limit=limit / 1e6,
                )
            )


def kind(head: bytes) -> str | None:
    """The format of a file from its first 16 bytes, or None for one the station does not read."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP"
    if head[:4] in (b"II*\0", b"MM\0*"):
        return "TIFF"
    if head.startswith(b"BM"):
        return "BMP"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if head[:1] == b"P" and head[1:2] in b"123456" and head[2:3] in b" \t\r\n#":
        return "PNM"
    return None


def read_header(handle: BinaryIO, name: str) -> Header:
    """The header of the image file open in ``handle`` (binary, at its start), nothing decoded.

    Raises BadInput when the file is not one of :data:`FORMATS` or its header is damaged.
    """
    head = handle.read(32)
    fmt = kind(head)
    if fmt is None:
        raise BadInput(
            _("{name} is not an image the station can read ({formats}).").format(
                name=name, formats=", ".join(FORMATS)
            )
        )
    if fmt == "WebP":
        return _webp(head, name)
    handle.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow warns of odd metadata; the size is what matters here.
            warnings.simplefilter("ignore")
            image = _PLUGINS[fmt](handle)
            width, height = image.size
            transparent = image.mode in _ALPHA_MODES or "transparency" in image.info
    except (*_DAMAGED, Image.DecompressionBombError) as error:
        if fmt == "PNG" and head[12:16] == b"IHDR":
            # The size is known even when the rest is junk (IHDR always comes first): a bomb
            # cut short is still refused for its size; a small one fails when decoded.
            width, height = struct.unpack(">II", head[16:24])
            return Header(fmt, width, height)
        raise BadInput(
            _("{name} is not an image the station can read (damaged {fmt}).").format(
                name=name, fmt=fmt
            )
        ) from error
    return Header(fmt, width, height, transparent)


def _webp(head: bytes, name: str) -> Header:
    """The canvas of a WebP: the first chunk is VP8X (extended: canvas size, alpha flag), VP8L
    (lossless: 14-bit sizes after the 0x2F signature) or "VP8 " (lossy: sizes after the key
    frame's start code)."""
    chunk = head[12:16]
    if chunk == b"VP8X" and len(head) >= 30:
        width = int.from_bytes(head[24:27], "little") + 1
        height = int.from_bytes(head[27:30], "little") + 1
        return Header("WebP", width, height, transparent=bool(head[20] & 0x10))
    if chunk == b"VP8L" and len(head) >= 25 and head[20] == 0x2F:
        bits = int.from_bytes(head[21:25], "little")
        width, height = (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
        return Header("WebP", width, height, transparent=bool(bits >> 28 & 1))
    if chunk == b"VP8 " and len(head) >= 30 and head[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", head[26:30])
        return Header("WebP", width & 0x3FFF, height & 0x3FFF)
    raise BadInput(
        _("{name} is not an image the station can read (damaged WebP).").format(name=name)
    )
