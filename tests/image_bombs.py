"""Decompression bombs: small files whose headers promise pictures far larger than any bench
photo, in every format the station reads. Made byte by byte, never by drawing the picture.

``png_zeros`` is a real, valid picture (a 20,000 × 20,000 grey PNG of zeros, about 390 KB);
the others carry a whole header and a token of data, as an attacker's file would: a decoder
that trusts the header allocates the whole picture before it finds the data short.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image

GIANT = 50_000  # 2.5 gigapixels: far above Pillow's own limit (about 179 MP)


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def _png(width: int, height: int, idat: bytes) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit grey
    return (
        b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")
    )


def png_header(width: int = GIANT, height: int = GIANT) -> bytes:
    """A PNG header for ``width`` × ``height`` and a few bytes of zeros."""
    return _png(width, height, zlib.compress(b"\0" * 1024))


def png_zeros(side: int = 20_000) -> bytes:
    """A whole, valid ``side`` × ``side`` 8-bit grey PNG of zeros (deflate's best ratio)."""
    compressor = zlib.compressobj(9)
    row = b"\0" * (side + 1)  # filter byte + pixels
    block = row * max(1, (1 << 22) // len(row))
    rows_per_block = len(block) // len(row)
    parts = []
    done = 0
    while done < side:
        count = min(rows_per_block, side - done)
        parts.append(compressor.compress(block[: count * len(row)]))
        done += count
    parts.append(compressor.flush())
    return _png(side, side, b"".join(parts))


def _small(fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(np.full((8, 8), 200, np.uint8)).save(buffer, fmt, **options)
    return buffer.getvalue()


def jpeg_header(width: int = 65_000, height: int = 65_000) -> bytes:
    """A real 8×8 JPEG whose frame header (SOF0) claims ``width`` × ``height``."""
    data = bytearray(_small("JPEG"))
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def webp_header(width: int = 16_384, height: int = 16_384) -> bytes:
    """A real 8×8 lossless WebP whose bitstream header claims ``width`` × ``height`` (the
    largest a WebP may be, 2^14 each)."""
    data = bytearray(_small("WEBP", lossless=True))
    assert data[12:16] == b"VP8L"
    assert data[20] == 0x2F
    fields = int.from_bytes(data[21:25], "little")
    fields = (fields & ~((1 << 28) - 1)) | (width - 1) | ((height - 1) << 14)
    data[21:25] = fields.to_bytes(4, "little")
    return bytes(data)


def tiff_header(width: int = GIANT, height: int = GIANT) -> bytes:
    """A little-endian baseline TIFF: 8-bit grey, one uncompressed strip, a few bytes."""
    data_offset = 8
    pixels = b"\0" * 16
    ifd_offset = data_offset + len(pixels)
    tags = [  # (tag, type, count, value): SHORT = 3, LONG = 4
        (256, 4, 1, width),
        (257, 4, 1, height),
        (258, 3, 1, 8),
        (259, 3, 1, 1),
        (262, 3, 1, 1),
        (273, 4, 1, data_offset),
        (277, 3, 1, 1),
        (278, 4, 1, height),
        (279, 4, 1, width * height),
    ]
    ifd = struct.pack("<H", len(tags))
    for tag, kind, count, value in tags:
        packed = struct.pack("<HI", value, 0)[:4] if kind == 3 else struct.pack("<I", value)
        ifd += struct.pack("<HHI", tag, kind, count) + packed
    ifd += struct.pack("<I", 0)
    return b"II*\0" + struct.pack("<I", ifd_offset) + pixels + ifd


def bmp_header(width: int = GIANT, height: int = GIANT) -> bytes:
    """A real 8×8 BMP whose info header claims ``width`` × ``height``."""
    data = bytearray(_small("BMP"))
    data[18:26] = struct.pack("<ii", width, height)
    return bytes(data)


def gif_header(width: int = 65_535, height: int = 65_535) -> bytes:
    """A real 8×8 GIF whose logical screen and image descriptor claim ``width`` × ``height``."""
    data = bytearray(_small("GIF"))
    data[6:10] = struct.pack("<HH", width, height)
    descriptor = data.index(b"\x2c", 13)  # the first image separator after the palette
    data[descriptor + 5 : descriptor + 9] = struct.pack("<HH", width, height)
    return bytes(data)


def pnm_header(width: int = GIANT, height: int = GIANT) -> bytes:
    """A binary PGM header for ``width`` × ``height`` and a few bytes."""
    return f"P5\n{width} {height}\n255\n".encode() + b"\0" * 64


# name → (file suffix, maker)
BOMBS: dict[str, tuple[str, Callable[[], bytes]]] = {
    "png-50000x50000-header": (".png", png_header),
    "png-20000x20000-zeros": (".png", png_zeros),
    "jpeg-65000x65000-header": (".jpg", jpeg_header),
    "webp-16384x16384-canvas": (".webp", webp_header),
    "tiff-50000x50000-header": (".tif", tiff_header),
    "bmp-50000x50000-header": (".bmp", bmp_header),
    "gif-65535x65535-header": (".gif", gif_header),
    "pgm-50000x50000-header": (".pgm", pnm_header),
}


def write_bombs(folder: Path) -> dict[str, Path]:
    """Every bomb as a file in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, (suffix, make) in BOMBS.items():
        path = folder / f"{name}{suffix}"
        path.write_bytes(make())
        paths[name] = path
    return paths
