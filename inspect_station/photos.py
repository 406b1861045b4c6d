"""Content-addressed JPEG store for inspection photos.

A photo's name is the SHA-256 of the JPEG bytes on disk, so a record that names a photo can
always be checked against the file, and saving the same picture twice stores it once. Files
appear under their final name only when complete: each is written to a temporary file in the
same folder, flushed to disk, then renamed over. Photos picked from disk are decoded and
re-encoded, which drops EXIF (location, camera serial) on purpose.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
import re
import time
import uuid
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt
from PIL import Image, ImageOps, JpegImagePlugin, PngImagePlugin

from inspect_station.errors import BadInput, PhotoRejected

log = logging.getLogger(__name__)

_JPEG_MAGIC = b"\xff\xd8\xff"
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_TEMP_PREFIX = ".tmp-"
_TEMP_NAME = re.compile(r"\.tmp-[0-9a-f]{32}\.jpg")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_THUMB_QUALITY = 80
# What Pillow raises for files that are cut short or malformed (it uses SyntaxError for the latter).
_DAMAGED = (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError, KeyError)
_BOMB = (Image.DecompressionBombError, Image.DecompressionBombWarning)


@dataclass(frozen=True)
class StoredPhoto:
    sha256: str
    path: Path
    size_bytes: int
    width: int
    height: int


class PhotoStore:
    """Photos live at ``root/ab/abcdef….jpg``; thumbnails under ``root/thumbs/<side>/``."""

    def __init__(self, root: Path, *, jpeg_quality: int = 90, max_pixels: int = 40_000_000) -> None:
        if not 1 <= jpeg_quality <= 100:
            raise ValueError(f"jpeg_quality must be 1..100, not {jpeg_quality}")
        if max_pixels < 1:
            raise ValueError(f"max_pixels must be positive, not {max_pixels}")
        self.root = Path(root)
        self.jpeg_quality = jpeg_quality
        self.max_pixels = max_pixels

    def save_frame(self, frame: npt.NDArray[np.uint8]) -> StoredPhoto:
        """Store a camera frame (BGR, 8 bits per channel) as JPEG."""
        if not isinstance(frame, np.ndarray) or frame.dtype != np.uint8:
            what = getattr(frame, "dtype", type(frame).__name__)
            raise PhotoRejected(f"Camera frame is not an 8-bit image ({what}); nothing was stored.")
        if frame.ndim != 3 or frame.shape[2] != 3 or frame.size == 0:
            raise PhotoRejected(f"Camera frame is not a colour picture (shape {frame.shape}).")
        height, width = frame.shape[:2]
        self._check_pixels(width, height)
        ok, encoded = cv2.imencode(
            ".jpg", np.ascontiguousarray(frame), [cv2.IMWRITE_JPEG_QUALITY, self.jpeg_quality]
        )
        if not ok:
            raise PhotoRejected("Camera frame could not be encoded as JPEG.")
        return self._store(encoded.tobytes(), width, height)

    def save_file(self, path: Path) -> StoredPhoto:
        """Store a JPEG or PNG chosen from disk, checked, turned upright and re-encoded."""
        path = Path(path)
        try:
            with path.open("rb") as handle:
                head = handle.read(32)
                kind = _kind(head)
                if kind is None:
                    raise PhotoRejected(f"Not a JPEG or PNG image: {path.name}")
                if kind == "PNG":
                    # IHDR is always first, so a claimed size is known even if the rest is junk.
                    self._check_pixels(*_png_size(head))
                handle.seek(0)
                data = self._reencode(handle, path.name, kind)
        except OSError as error:
            raise PhotoRejected(f"Cannot read {path.name}: {error.strerror or error}") from error
        width, height, jpeg = data
        return self._store(jpeg, width, height)

    def path_for(self, sha256: str) -> Path:
        if not _SHA256.fullmatch(sha256):
            raise BadInput(f"Not a photo id: {sha256!r}")
        return self.root / sha256[:2] / f"{sha256}.jpg"

    def thumbnail(self, sha256: str, max_side: int = 160) -> Path:
        """A small JPEG of a stored photo, made once and then served from disk."""
        if not 16 <= max_side <= 2048:
            raise ValueError(f"max_side must be 16..2048, not {max_side}")
        source = self.path_for(sha256)
        target = self.root / "thumbs" / str(max_side) / sha256[:2] / f"{sha256}.jpg"
        if target.is_file():
            return target
        try:
            with _quiet_pillow(), Image.open(source, formats=["JPEG"]) as image:
                # Let libjpeg scale down while decoding: far faster for a 40 MP photo.
                image.draft("RGB", (max_side, max_side))
                image.thumbnail((max_side, max_side))
                buffer = io.BytesIO()
                image.convert("RGB").save(buffer, "JPEG", quality=_THUMB_QUALITY, comment=b"")
        except FileNotFoundError as error:
            raise PhotoRejected(f"Photo {sha256[:12]}… is not in {self.root}") from error
        except _BOMB as error:
            raise PhotoRejected(f"Image too large to open safely: {source.name}") from error
        except _DAMAGED as error:
            raise PhotoRejected(f"Damaged image file: {source.name}") from error
        self._write_atomically(target, buffer.getvalue())
        return target

    def sweep_temp_files(self, *, older_than: float = 0.0) -> int:
        """Delete temporary files a crash left behind; returns how many went.

        Run at start-up. ``older_than`` (seconds) spares files a save in progress may still own.
        """
        if not self.root.is_dir():
            return 0
        cutoff = time.time() - older_than
        removed = 0
        for folder, _dirs, files in os.walk(self.root):
            for name in files:
                if not _TEMP_NAME.fullmatch(name):
                    continue
                candidate = Path(folder) / name
                try:
                    if candidate.is_symlink() or candidate.stat().st_mtime > cutoff:
                        continue
                    candidate.unlink()
                except OSError as error:
                    log.warning("Could not remove leftover %s: %s", candidate, error)
                    continue
                removed += 1
        return removed

    def _check_pixels(self, width: int, height: int) -> None:
        if width * height > self.max_pixels:
            raise PhotoRejected(
                f"Image too large: {width}×{height} pixels "
                f"(limit {self.max_pixels / 1_000_000:g} MP)"
            )

    def _reencode(self, handle: io.BufferedReader, name: str, kind: str) -> tuple[int, int, bytes]:
        plugin = JpegImagePlugin.JpegImageFile if kind == "JPEG" else PngImagePlugin.PngImageFile
        try:
            with _quiet_pillow():
                # The plugin reads only the header; Image.open would also apply Pillow's own,
                # looser bomb limit, which can fire before the size is known.
                image = plugin(handle)
                self._check_pixels(*image.size)
                image.load()
                upright = ImageOps.exif_transpose(image)
                rgb = _flatten(upright)
                buffer = io.BytesIO()
                # Pillow copies a JPEG comment across unless told otherwise; EXIF it drops itself.
                rgb.save(buffer, "JPEG", quality=self.jpeg_quality, comment=b"")
        except _BOMB as error:
            raise PhotoRejected(f"Image too large to open safely: {name}") from error
        except _DAMAGED as error:
            raise PhotoRejected(f"Damaged image file: {name}") from error
        return rgb.width, rgb.height, buffer.getvalue()

    def _store(self, data: bytes, width: int, height: int) -> StoredPhoto:
        sha = hashlib.sha256(data).hexdigest()
        final = self.path_for(sha)
        with contextlib.suppress(OSError):
            if final.stat().st_size == len(data):
                return StoredPhoto(sha, final, len(data), width, height)
        self._write_atomically(final, data)
        return StoredPhoto(sha, final, len(data), width, height)

    def _write_atomically(self, final: Path, data: bytes) -> None:
        folder = final.parent
        temp = folder / f"{_TEMP_PREFIX}{uuid.uuid4().hex}.jpg"
        try:
            created = _make_folder(folder)
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            fd = os.open(temp, flags, 0o644)
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(temp, final)
            _fsync_folder(folder)
            for parent in created:
                _fsync_folder(parent)
        except OSError as error:
            with contextlib.suppress(OSError):
                temp.unlink()
            reason = error.strerror or str(error)
            raise PhotoRejected(f"Cannot store photo in {self.root}: {reason}") from error


def _kind(head: bytes) -> str | None:
    if head.startswith(_JPEG_MAGIC):
        return "JPEG"
    if head.startswith(_PNG_MAGIC):
        return "PNG"
    return None


def _png_size(head: bytes) -> tuple[int, int]:
    if len(head) < 24 or head[12:16] != b"IHDR":
        return 0, 0
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def _flatten(image: Image.Image) -> Image.Image:
    """RGB or greyscale for JPEG; transparency goes onto white, as it would look on a page."""
    if image.mode in ("RGB", "L"):
        return image
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        canvas = Image.new("RGB", rgba.size, (255, 255, 255))
        canvas.paste(rgba, mask=rgba.getchannel("A"))
        return canvas
    return image.convert("RGB")


@contextlib.contextmanager
def _quiet_pillow() -> Iterator[None]:
    # Pillow warns about odd EXIF and the like; the photo is still usable, so say nothing.
    # Its bomb warning is the exception: that one becomes an error and so a refusal.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        yield


def _make_folder(folder: Path) -> list[Path]:
    """Create ``folder`` and missing parents; returns the parents whose listing changed."""
    missing: list[Path] = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    folder.mkdir(parents=True, exist_ok=True)
    return [path.parent for path in reversed(missing)]


def _fsync_folder(folder: Path) -> None:
    # A rename is durable only once the folder itself is on disk. Windows cannot open folders.
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
