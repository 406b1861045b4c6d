"""PINs: Argon2id over a peppered PIN, the pepper kept in a file outside the database.

The PIN is first keyed with HMAC-SHA256 under the pepper, then hashed with Argon2id at
OWASP's minimum (19 MiB, 2 iterations, 1 lane). A copy of the database alone is not enough to
try PINs offline: the pepper file is on the benches' disks, not in the database.

Every bench sharing one database must hold the same pepper file. ``pepper_id`` (a fingerprint,
not the pepper) is stored with each PIN, so a bench with another pepper says so plainly
instead of counting wrong PINs and locking people out.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from contextlib import suppress
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from inspect_station.app.errors import BadInput, KnownError
from inspect_station.app.i18n import _

# OWASP Password Storage Cheat Sheet, Argon2id minimum: m=19 MiB, t=2, p=1.
MEMORY_KIB = 19 * 1024
ITERATIONS = 2
LANES = 1
PIN_MIN, PIN_MAX = 4, 12
PEPPER_BYTES = 32

_HASHER = PasswordHasher(
    time_cost=ITERATIONS, memory_cost=MEMORY_KIB, parallelism=LANES, type=Type.ID
)


class PepperMissing(KnownError):
    """The pepper file is gone while PINs hashed with it exist."""


class PepperMismatch(KnownError):
    """This bench's pepper file is not the one a PIN was set with."""


def check_pin(pin: str) -> str:
    """The PIN if it is 4–12 digits; else a clear refusal (nothing about the PIN is kept)."""
    if not pin:
        raise BadInput(_("Type your PIN (4 to 12 digits), then Enter."))
    if not (pin.isascii() and pin.isdigit()):
        raise BadInput(_("A PIN is digits only (0–9)."))
    if not PIN_MIN <= len(pin) <= PIN_MAX:
        raise BadInput(
            _("A PIN has {pin_min} to {pin_max} digits.").format(pin_min=PIN_MIN, pin_max=PIN_MAX)
        )
    return pin


@dataclass(frozen=True)
class Pepper:
    secret: bytes

    @property
    def id(self) -> str:
        return hmac.new(self.secret, b"inspect-station pepper id", hashlib.sha256).hexdigest()[:16]

    def _keyed(self, pin: str) -> str:
        return hmac.new(self.secret, pin.encode("ascii"), hashlib.sha256).hexdigest()

    def hash(self, pin: str) -> str:
        return _HASHER.hash(self._keyed(check_pin(pin)))

    def verify(self, pin_hash: str, pin: str) -> bool:
        try:
            return _HASHER.verify(pin_hash, self._keyed(pin))
        except (VerificationError, InvalidHashError):  # a mismatch is a VerificationError
            return False

    @staticmethod
    def needs_rehash(pin_hash: str) -> bool:
        return _HASHER.check_needs_rehash(pin_hash)


@cache
def _dummy_hash() -> str:
    return _HASHER.hash("not a pin")


def spend_time_like_a_verify() -> None:
    """As long as checking a PIN: an unknown badge takes as long to refuse as a known one."""
    with suppress(VerifyMismatchError):
        _HASHER.verify(_dummy_hash(), "x")


def load_pepper(path: Path, *, create: bool) -> Pepper:
    """Read the pepper file; make it (mode 0600) when ``create`` and it does not exist."""
    try:
        return Pepper(_read(path))
    except FileNotFoundError:
        if not create:
            raise PepperMissing(
                _(
                    "The PIN pepper file {path} is missing. Copy it from another bench that "
                    "shares this database (set 'pepper_file' in the settings to its path)."
                ).format(path=path)
            ) from None
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it first: use theirs
        return Pepper(_read(path))
    with os.fdopen(fd, "wb") as out:
        out.write(secrets.token_hex(PEPPER_BYTES).encode("ascii") + b"\n")
        out.flush()
        os.fsync(out.fileno())
    return Pepper(_read(path))


def _read(path: Path) -> bytes:
    data = path.read_bytes().strip()
    if len(data) < 32:
        raise KnownError(_("The PIN pepper file {path} is damaged (too short).").format(path=path))
    return data
