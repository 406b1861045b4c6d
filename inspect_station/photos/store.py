"""Content-addressed JPEG store for inspection photos.

A photo's name is the SHA-256 of the JPEG bytes on disk, so a record that names a photo can
always be checked against the file, and saving the same picture twice stores it once. Files
appear under their final name only when complete: each is written to a temporary file in the
store's ``.incoming`` folder, flushed to disk, then renamed into place. Photos picked from
disk are decoded, checked and re-encoded, which drops EXIF (location, camera serial) on purpose.

Many benches may share one photo root on a network share: equal names mean equal bytes, so two
benches saving the same picture cannot clash, and a temporary file is named after the host and
process that writes it, so one bench's start-up sweep never takes another's file in progress.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
import re
import socket
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

from inspect_station.app.errors import BadInput, PhotoRejected
from inspect_station.app.i18n import _
from inspect_station.images import header

log = logging.getLogger(__name__)

INCOMING = ".incoming"
ORPHANS = "orphans"  # files no row names, moved aside after a crash (photos/recovery.py)
_FOLDER = re.compile(r"[0-9a-f]{2}")
_TEMP_NAME = re.compile(r"(?P<host>[a-z0-9-]{1,40})-(?P<pid>[0-9]{1,10})-[0-9a-f]{32}\.tmp")
# A temporary file lives for milliseconds; one this old was left by a crash on some bench.
STALE_AFTER_S = 3600.0
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
    new: bool = True  # this save wrote the file (False: the same picture was already stored)


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
        data = self.encode(frame)  # checks the frame first
        return self.store_jpeg(data, frame.shape[1], frame.shape[0])

    def encode(self, frame: npt.NDArray[np.uint8]) -> bytes:
        """A camera frame (BGR, 8 bits per channel) as the JPEG bytes the store keeps."""
        if not isinstance(frame, np.ndarray) or frame.dtype != np.uint8:
            what = getattr(frame, "dtype", type(frame).__name__)
            raise PhotoRejected(
                _("Camera frame is not an 8-bit image ({what}); nothing was stored.").format(
                    what=what
                )
            )
        if frame.ndim != 3 or frame.shape[2] != 3 or frame.size == 0:
            raise PhotoRejected(
                _("Camera frame is not a colour picture (shape {shape}).").format(shape=frame.shape)
            )
        height, width = frame.shape[:2]
        self._check_pixels(width, height)
        ok, encoded = cv2.imencode(
            ".jpg", np.ascontiguousarray(frame), [cv2.IMWRITE_JPEG_QUALITY, self.jpeg_quality]
        )
        if not ok:
            raise PhotoRejected(_("Camera frame could not be encoded as JPEG."))
        return encoded.tobytes()

    def save_file(self, path: Path) -> StoredPhoto:
        """Store a JPEG or PNG chosen from disk, checked, turned upright and re-encoded."""
        return self.save_frame(self.read_image(path))

    def read_image(self, path: Path) -> npt.NDArray[np.uint8]:
        """A JPEG or PNG from disk as an upright BGR picture, after every check.

        The type is judged by content, not name; the pixel count is read from the header and
        refused before anything is decoded (a decompression bomb costs neither time nor memory).
        """
        path = Path(path)
        try:
            with path.open("rb") as handle:
                try:
                    found = header.read_header(handle, path.name)
                except BadInput as error:
                    raise PhotoRejected(
                        _("Not a JPEG or PNG image: {name}").format(name=path.name)
                    ) from error
                if found.format not in ("JPEG", "PNG"):
                    raise PhotoRejected(
                        _(
                            "Not a JPEG or PNG image: {name} is {format}; save the photo as JPEG "
                            "first."
                        ).format(name=path.name, format=found.format)
                    )
                self._check_pixels(found.width, found.height)
                handle.seek(0)
                return self._decode(handle, path.name, found.format)
        except OSError as error:
            raise PhotoRejected(
                _("Cannot read {name}: {strerror}").format(
                    name=path.name, strerror=error.strerror or error
                )
            ) from error

    def path_for(self, sha256: str) -> Path:
        if not _SHA256.fullmatch(sha256):
            raise BadInput(_("Not a photo id: {sha256!r}").format(sha256=sha256))
        return self.root / sha256[:2] / f"{sha256}.jpg"

    def thumbnail(
        self, sha256: str, max_side: int = 160, *, frame: npt.NDArray[np.uint8] | None = None
    ) -> Path:
        """A small JPEG of a stored photo, made once and then served from disk.

        ``frame``, the picture just stored, spares decoding the JPEG again.
        """
        if not 16 <= max_side <= 2048:
            raise ValueError(f"max_side must be 16..2048, not {max_side}")
        source = self.path_for(sha256)
        target = self.root / "thumbs" / str(max_side) / sha256[:2] / f"{sha256}.jpg"
        with contextlib.suppress(OSError):
            if target.stat().st_size > 0:  # empty: a crash came before the data reached disk
                return target
        if frame is not None:
            self._write_atomically(target, _small_jpeg(frame, max_side), durable=False)
            return target
        try:
            with _quiet_pillow(), Image.open(source, formats=["JPEG"]) as image:
                # Let libjpeg scale down while decoding: far faster for a 40 MP photo.
                image.draft("RGB", (max_side, max_side))
                image.thumbnail((max_side, max_side))
                buffer = io.BytesIO()
                image.convert("RGB").save(buffer, "JPEG", quality=_THUMB_QUALITY, comment=b"")
        except FileNotFoundError as error:
            raise PhotoRejected(
                _("Photo {sha256}… is not in {root}").format(sha256=sha256[:12], root=self.root)
            ) from error
        except _BOMB as error:
            raise PhotoRejected(
                _("Image too large to open safely: {name}").format(name=source.name)
            ) from error
        except _DAMAGED as error:
            raise PhotoRejected(_("Damaged image file: {name}").format(name=source.name)) from error
        self._write_atomically(target, buffer.getvalue(), durable=False)
        return target

    def remove(self, sha256: str) -> int:
        """Delete a photo and its thumbnails; returns how many files went."""
        photo = self.path_for(sha256)
        candidates = [photo]
        thumbs = self.root / "thumbs"
        if thumbs.is_dir():
            candidates += [size / sha256[:2] / photo.name for size in thumbs.iterdir()]
        removed = 0
        for path in candidates:
            try:
                path.unlink()
            except FileNotFoundError:
                continue
            except OSError as error:
                raise PhotoRejected(
                    _("Cannot delete {path}: {strerror}").format(
                        path=path, strerror=error.strerror or error
                    )
                ) from error
            removed += 1
            _fsync_folder(path.parent)
        return removed

    def move_aside(self, sha256: str) -> Path:
        """Move a photo no row names out of the store, to ``root/orphans/``; its thumbnails
        go. Returns where it went."""
        source = self.path_for(sha256)
        target = self.root / ORPHANS / source.name
        try:
            created = _make_folder(target.parent)
            os.replace(source, target)
            _fsync_folder(source.parent)
            _fsync_folder(target.parent)
            for parent in created:
                _fsync_folder(parent)
        except OSError as error:
            raise PhotoRejected(
                _("Cannot move {source} aside: {strerror}").format(
                    source=source, strerror=error.strerror or error
                )
            ) from error
        self.remove(sha256)  # the thumbnails (the photo itself is gone already)
        return target

    def stored(self) -> Iterator[tuple[str, float]]:
        """(sha256, modification time) of every photo file in the store, in hash order."""
        try:
            folders = sorted(n for n in os.listdir(self.root) if _FOLDER.fullmatch(n))
        except OSError:
            return
        for folder in folders:
            with os.scandir(self.root / folder) as entries:
                found = sorted(
                    (e.name[:-4], e.stat().st_mtime)
                    for e in entries
                    if e.name.endswith(".jpg") and _SHA256.fullmatch(e.name[:-4])
                )
            yield from found

    def set_aside(self) -> list[tuple[Path, float]]:
        """The files moved aside to ``root/orphans/``, with their modification times."""
        try:
            with os.scandir(self.root / ORPHANS) as entries:
                return sorted((Path(e.path), e.stat().st_mtime) for e in entries if e.is_file())
        except OSError:
            return []

    def check(self, sha256: str) -> str:
        """ "ok", "missing" or "altered": does the file still hash to its name?"""
        try:
            with self.path_for(sha256).open("rb") as handle:
                digest = hashlib.file_digest(handle, "sha256").hexdigest()
        except FileNotFoundError:
            return "missing"
        return "ok" if digest == sha256 else "altered"

    def sweep_temp_files(self, *, stale_after: float = STALE_AFTER_S) -> int:
        """Delete temporary files a crash left behind; returns how many went.

        Run at start-up. A file goes when the process on this host that wrote it is gone, or,
        whoever wrote it, when it is older than ``stale_after`` seconds (a bench that crashed).
        Only the ``.incoming`` folder is read, so this is quick however many photos are stored.
        """
        incoming = self.root / INCOMING
        try:
            names = os.listdir(incoming)
        except OSError:
            return 0
        cutoff = time.time() - stale_after
        me = host_name()
        removed = 0
        for name in names:
            match = _TEMP_NAME.fullmatch(name)
            if match is None:
                continue
            candidate = incoming / name
            try:
                if candidate.is_symlink():
                    continue
                orphan = match["host"] == me and not process_alive(int(match["pid"]))
                if not orphan and candidate.stat().st_mtime > cutoff:
                    continue
                candidate.unlink()
            except FileNotFoundError:
                continue  # its writer renamed it into place meanwhile
            except OSError as error:
                log.warning("Could not remove leftover %s: %s", candidate, error)
                continue
            removed += 1
        return removed

    def _check_pixels(self, width: int, height: int) -> None:
        if width * height > self.max_pixels:
            raise PhotoRejected(
                _("Image too large: {width}×{height} pixels (limit {max_pixels:g} MP)").format(
                    width=width, height=height, max_pixels=self.max_pixels / 1_000_000
                )
            )

    def _decode(self, handle: io.BufferedReader, name: str, kind: str) -> npt.NDArray[np.uint8]:
        plugin = JpegImagePlugin.JpegImageFile if kind == "JPEG" else PngImagePlugin.PngImageFile
        try:
            with _quiet_pillow():
                # The plugin reads only the header; Image.open would also apply Pillow's own,
                # looser bomb limit, which can fire before the size is known.
                image = plugin(handle)
                self._check_pixels(*image.size)
                image.load()
                rgb = _flatten(ImageOps.exif_transpose(image)).convert("RGB")
                # RGB to BGR, the camera's order; EXIF and comments stay behind with Pillow.
                return np.ascontiguousarray(np.asarray(rgb, dtype=np.uint8)[:, :, ::-1])
        except _BOMB as error:
            raise PhotoRejected(
                _("Image too large to open safely: {name}").format(name=name)
            ) from error
        except _DAMAGED as error:
            raise PhotoRejected(_("Damaged image file: {name}").format(name=name)) from error

    def store_jpeg(
        self, data: bytes, width: int, height: int, *, sha256: str | None = None
    ) -> StoredPhoto:
        """Keep JPEG bytes made by :meth:`encode` under their SHA-256, written atomically."""
        sha = sha256 or hashlib.sha256(data).hexdigest()
        final = self.path_for(sha)
        with contextlib.suppress(OSError):
            if final.stat().st_size == len(data):
                return StoredPhoto(sha, final, len(data), width, height, new=False)
        self._write_atomically(final, data)
        return StoredPhoto(sha, final, len(data), width, height)

    def _write_atomically(self, final: Path, data: bytes, *, durable: bool = True) -> None:
        """Write to a temporary file, then rename it into place.

        ``durable`` also waits until the data and the name are on disk (photos are evidence);
        a thumbnail can be made again, so it does not wait.
        """
        incoming = self.root / INCOMING
        temp = incoming / f"{host_name()}-{os.getpid()}-{uuid.uuid4().hex}.tmp"
        try:
            created = _make_folder(final.parent) + _make_folder(incoming)
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            fd = os.open(temp, flags, 0o644)
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                if durable:
                    os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(temp, final)
            if durable:
                _fsync_folder(final.parent)
                for parent in created:
                    _fsync_folder(parent)
        except OSError as error:
            with contextlib.suppress(OSError):
                temp.unlink()
            reason = error.strerror or str(error)
            raise PhotoRejected(
                _("Cannot store photo in {root}: {reason}").format(root=self.root, reason=reason)
            ) from error


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


def _small_jpeg(frame: npt.NDArray[np.uint8], max_side: int) -> bytes:
    height, width = frame.shape[:2]
    scale = min(1.0, max_side / max(width, height))
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    small = cv2.resize(frame, size, interpolation=cv2.INTER_AREA) if scale < 1 else frame
    ok, encoded = cv2.imencode(".jpg", small, [cv2.IMWRITE_JPEG_QUALITY, _THUMB_QUALITY])
    if not ok:
        raise PhotoRejected(_("Thumbnail could not be encoded as JPEG."))
    return bytes(encoded.tobytes())


def host_name() -> str:
    """This machine's name as it appears in temporary file names."""
    name = re.sub(r"[^a-z0-9-]+", "-", socket.gethostname().lower()).strip("-")
    return name[:40] or "host"


def process_alive(pid: int) -> bool:
    if os.name == "nt":
        return True  # os.kill would end the process there; the age rule still applies
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, owned by someone else
    return True


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
