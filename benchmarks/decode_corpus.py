"""ZXing's black-box photo sets: which images hold which text, what counts as read, and the
split the still-image policy was designed on.

Each set is a folder of images; ``name.txt`` (or ``name.bin``, the symbol's bytes) beside an
image is what it holds, and an image without one holds no code (anything read there is a false
read). A text counts as read when it is the expected one as ZXing's own tests compare it:
trailing newlines aside, UPC-A as a 13-digit EAN with a leading 0, UPC-E as its UPC-A or EAN-13
expansion, DataBar as ``01`` + GTIN, GS1 element strings with or without ``(AI)`` brackets and
FNC1 separators, Codabar with or without its start/stop characters, ``.bin`` as bytes.
"""

from __future__ import annotations

import re
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from inspect_station.app.errors import BadInput
from inspect_station.identify.decoding import Decoder, Image
from inspect_station.images.files import read_image_file

_ROOT = Path(__file__).resolve().parents[1]
# ``shared/`` lies beside the checkout (and beside the folder of checkouts, for worktrees).
DEFAULT_CORPUS = next(
    (
        base / "shared" / "corpus" / "zxing-blackbox"
        for base in (_ROOT.parent, _ROOT.parent.parent)
        if (base / "shared" / "corpus" / "zxing-blackbox").is_dir()
    ),
    _ROOT.parent / "shared" / "corpus" / "zxing-blackbox",
)

# The sets the still-image policy was designed on, fixed before any other set was looked at
# image by image: the 9 sets (and falsepositives-2) the earlier policy was tuned on and, for
# every symbology family that gained more than one new set, its lowest-numbered new set. Every
# other set is held out: what the benchmark reports on them is how the policy generalises.
# A new policy must name its own tuning sets, or be judged on sets these 35 do not include.
_EARLIER = ("code128-1", "code128-3", "code39-1", "ean13-1", "ean13-3", "upca-1", "itf-1")
_EARLIER += ("qrcode-1", "datamatrix-1", "falsepositives-2")
_FIRST_NEW_OF_FAMILY = ("ean13-4", "upca-3", "upce-1", "qrcode-3", "pdf417-1", "rss14-1")
TUNING = frozenset(_EARLIER + _FIRST_NEW_OF_FAMILY)
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".error")
_GS1_HRI = re.compile(r"^(\(\d{2,4}\)[^()]+)+$")
_CODABAR_ENDS = set("ABCDTN*E")


@dataclass(frozen=True)
class Expected:
    raw: bytes
    binary: bool  # a .bin file: the symbol's bytes, not a text

    @property
    def text(self) -> str:
        try:
            return self.raw.decode("utf-8")
        except UnicodeDecodeError:
            return self.raw.decode("latin-1")


@dataclass(frozen=True)
class Sample:
    name: str
    image: Image
    expected: Expected | None  # None: the image holds no code


def expected_for(image: Path) -> Expected | None:
    stem = image.name.split(".")[0]
    for suffix, binary in ((".txt", False), (".bin", True)):
        path = image.with_name(stem + suffix)
        if path.exists():
            return Expected(path.read_bytes(), binary)
    return None


def load_set(folder: Path) -> list[Sample]:
    """Each image as the station reads a file (``read_image_file``: grey, transparent pixels
    white), once, so every decoder is handed the same picture."""
    samples = []
    for path in sorted(folder.iterdir()):
        if path.name.endswith(".metadata.txt") or not path.name.lower().endswith(_IMAGE_SUFFIXES):
            continue
        try:
            image = read_image_file(path)
        except BadInput:
            continue
        samples.append(Sample(path.name, image, expected_for(path)))
    return samples


def readme_figures(corpus: Path) -> dict[str, tuple[str, str]]:
    """ZXing's own figures per set from ``| set | images | must | try harder |`` rows."""
    path = corpus / "README.md"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    rows = re.finditer(
        r"^\|\s*([\w-]+)\s*\|\s*(\d+)\s*\|\s*([^|]*?)\s*\|\s*([^|]*?)\s*\|\s*$", text, re.M
    )
    return {m[1]: (m[3], m[4]) for m in rows}


def upce_to_upca(code: str) -> str | None:
    """An 8-digit UPC-E (number system, six digits, check) as its 12-digit UPC-A."""
    if len(code) != 8 or not code.isdigit() or code[0] not in "01":
        return None
    system, d, check = code[0], code[1:7], code[7]
    last = d[5]
    if last in "012":
        body = d[0:2] + last + "0000" + d[2:5]
    elif last == "3":
        body = d[0:3] + "00000" + d[3:5]
    elif last == "4":
        body = d[0:4] + "00000" + d[4]
    else:
        body = d[0:5] + "0000" + last
    return system + body + check


def _gs1_flat(text: str) -> str:
    """An element string without AIM prefix, AI brackets and FNC1 separators."""
    for prefix in ("]C1", "]e0", "]d2", "]Q3"):
        text = text.removeprefix(prefix)
    return text.replace("(", "").replace(")", "").replace("\x1d", "")


def forms(expected: Expected) -> set[str]:
    """Every text a correct reading of the image may come back as."""
    text = expected.text
    core = text.strip()
    out = {text, text.rstrip("\r\n"), core}
    if core.isdigit():
        if len(core) == 12:  # UPC-A read as EAN-13
            out.add("0" + core)
        if upca := upce_to_upca(core):  # UPC-E read expanded, as UPC-A or EAN-13
            out |= {upca, "0" + upca}
        if len(core) == 14:  # DataBar: the GTIN behind AI (01)
            out.add("01" + core)
    if _GS1_HRI.match(core):
        out.add(_gs1_flat(core))
    return out


def matches(found: str, expected: Expected) -> bool:
    if expected.binary:
        try:
            return found.encode("latin-1") == expected.raw
        except UnicodeEncodeError:
            return found.encode("utf-8") == expected.raw
    candidates = {found, found.rstrip("\r\n"), found.strip(), _gs1_flat(found.strip())}
    if len(found) >= 3 and found[0] in _CODABAR_ENDS and found[-1] in _CODABAR_ENDS:
        candidates.add(found[1:-1])  # Codabar start/stop characters
    return bool(candidates & forms(expected))


@dataclass
class SetResult:
    name: str
    tuned: bool
    images: int
    labelled: int  # images with an expected text; a set with none holds no code
    reads: dict[str, int] = field(default_factory=dict)
    wrong: dict[str, int] = field(default_factory=dict)  # images with a text not expected
    cpu_ms: dict[str, list[float]] = field(default_factory=dict)  # per image, median of rounds
    wall_ms: dict[str, list[float]] = field(default_factory=dict)
    missed: dict[str, list[str]] = field(default_factory=dict)

    def ratio(self, name: str, base: str) -> float:
        """``name``'s CPU time over the set as a multiple of ``base``'s."""
        return sum(self.cpu_ms[name]) / max(sum(self.cpu_ms[base]), 1e-9)


def measure_set(folder: Path, decoders: dict[str, Decoder], rounds: int) -> SetResult:
    """Every image read by every decoder ``rounds`` times; the decoders take turns per image
    and change order every round, so background load falls on all alike. A decoder's time on
    an image is the median of its rounds, in the decoding thread's CPU time (a call that waits
    for a CPU on a busy machine is not charged for the wait) and in wall-clock time."""
    samples = load_set(folder)
    names = list(decoders)
    result = SetResult(
        folder.name,
        folder.name in TUNING,
        len(samples),
        sum(s.expected is not None for s in samples),
    )
    for name in names:
        result.reads[name] = result.wrong[name] = 0
        result.cpu_ms[name], result.wall_ms[name], result.missed[name] = [], [], []
    for index, sample in enumerate(samples):
        cpu: dict[str, list[float]] = {name: [] for name in names}
        wall: dict[str, list[float]] = {name: [] for name in names}
        texts: dict[str, list[str]] = {}
        for turn in range(rounds):
            shift = (index + turn) % len(names)
            for name in names[shift:] + names[:shift]:
                start, start_cpu = time.perf_counter(), time.thread_time()
                found = decoders[name].decode(sample.image)
                cpu[name].append((time.thread_time() - start_cpu) * 1000)
                wall[name].append((time.perf_counter() - start) * 1000)
                texts[name] = [d.text for d in found]
        for name in names:
            result.cpu_ms[name].append(statistics.median(cpu[name]))
            result.wall_ms[name].append(statistics.median(wall[name]))
            expected = sample.expected
            read = expected is not None and any(matches(t, expected) for t in texts[name])
            result.reads[name] += read
            result.wrong[name] += any(
                expected is None or not matches(t, expected) for t in texts[name]
            )
            if expected is not None and not read:
                result.missed[name].append(sample.name)
    return result


def select(corpus: Path, which: str = "all") -> list[Path]:
    """``all``, ``tuning``, ``heldout`` or set names separated by commas."""
    sets = [p for p in sorted(corpus.iterdir()) if p.is_dir()]
    if which == "all":
        return sets
    if which == "tuning":
        return [p for p in sets if p.name in TUNING]
    if which == "heldout":
        return [p for p in sets if p.name not in TUNING]
    wanted = set(which.split(","))
    return [p for p in sets if p.name in wanted]
