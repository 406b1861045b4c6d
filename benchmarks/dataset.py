"""The synthetic bench history the benchmarks run against, the same on every database.

200,000 expected returns (about 1.2 lines each, EAN-13s from a catalogue of 3,000 products,
popular products returned far more often than the rest) and 1,000,000 finished inspections,
each with its unit, one to three photo rows and its label's print job. The newest returns are
partly still open (about 10 %); every other return was received, inspected and finished by one
of 100 benches. The remaining inspections are older history whose manifests are no longer in
the table (no expected return).

For the desk: one peak day (``BUSY_DAY``) on which all 100 benches work two shifts, about
48,000 units from 40,000 more expected returns; 2 % of all units were later overridden by a
supervisor (with a second label), 1 % reprinted; two graders grade harsher than the team.
Units finished in the last 60 days (the peak day among them) carry what the station keeps
since it grades by checklist: an assessment (the ticked defects of their category's grading
set, leaning towards what the stated reason suggests) and a refund, exchange or warranty
recommendation from the shipped outcome tables. Those finished since the peak day's late
shift began and worth the approval threshold or more still wait for a supervisor; the older
ones were approved. Older units have neither, as units finished before the station kept them.

Everything comes from one seeded generator, so SQLite and PostgreSQL hold the same rows and a
re-generated data set is identical.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from inspect_station.bench.recommendations import advice_fields
from inspect_station.demo import sample
from inspect_station.identify.identifiers import gtin_check_digit, lpn_is_valid
from inspect_station.rules.checklists import Defect, load_grading_sets
from inspect_station.rules.grades import load_grades
from inspect_station.rules.outcomes import OutcomeFacts, load_outcomes

# Bump when the generated rows change: it keys the cached SQLite file and the PostgreSQL marker.
# 2: GLS numbers with their own check digit; 3: the desk's rows (overrides, print jobs, a peak day)
# 4: assessments and recommendations for the last 60 days, a queue waiting for approval
GENERATOR_VERSION = 4
SEED = 20261126

RETURNS = 200_000
INSPECTIONS = 1_000_000
PRODUCTS = 3_000
BENCHES = tuple(f"BENCH-{n:03d}" for n in range(1, 101))
OPERATORS = tuple(f"op{n:03d}" for n in range(1, 241))
END = datetime(2026, 11, 12, 18, 0, tzinfo=UTC)  # the newest return in the data set
SPAN = timedelta(days=540)  # the expected returns cover the last 18 months
OPEN_SHARE = 0.10
BATCH = 50_000
BUSY_DAY = date(2026, 11, 10)  # a January-like peak: every bench busy from 06:00 to 22:00
BUSY_RETURNS = 40_000
SUPERVISORS = tuple(f"sup{n:02d}" for n in range(1, 13))
OVERRIDE_SHARE = 0.02
REPRINT_SHARE = 0.01
# Graders whose grade mix drifts from the team's (harsher: more C and D).
DRIFTING = {"op007": (20, 40, 75, 95, 100), "op142": (25, 45, 80, 96, 100)}
ASSESSED_SINCE = END - timedelta(days=60)  # units finished since carry assessments
PENDING_SINCE = datetime.combine(BUSY_DAY, time(14), UTC)  # ... and wait for approval since
# The cause of defect a stated reason makes likelier (the rest are handling damage).
REASON_CAUSES = {
    "Does not work": "fault",
    "Stopped working after a week": "fault",
    "Quality not as expected": "fault",
    "Not as described": "fault",
    "Arrived damaged": "transit",
    "Arrived too late": "transit",
}

RETURN_TYPES = ("refund", "exchange", "warranty")
CATEGORIES = ("apparel", "footwear", "electronics", "home", "beauty", "toys")
GRADE_CODES = ("A", "B", "C", "D", "X")
GRADE_CUMULATIVE = (45, 75, 90, 97, 100)
ROUTES = {"A": "restock", "B": "resale", "C": "resale", "D": "repair", "X": "recycle"}
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_VALUE = {char: n for n, char in enumerate(_CROCKFORD)}

Row = dict[str, Any]


@dataclass(frozen=True)
class Product:
    sku: str
    ean: str
    description: str
    category: str
    price: Decimal


def catalogue(rng: random.Random) -> list[Product]:
    products = []
    for n in range(PRODUCTS):
        category = CATEGORIES[n % len(CATEGORIES)]
        body = f"42{n:010d}"
        price = Decimal(rng.randrange(499, 39_900)) / 100
        products.append(
            Product(
                sku=f"{category[:2].upper()}-{n:05d}",
                ean=body + str(gtin_check_digit(body)),
                description=f"{category.title()} item {n:05d}",
                category=category,
                price=price,
            )
        )
    return products


def pick_product(rng: random.Random, products: list[Product]) -> Product:
    # Quadratic skew: the top product is in ~2 % of lines, the long tail in a handful each.
    return products[int(len(products) * rng.random() ** 2)]


def lpn(rng: random.Random) -> str:
    """A licence plate as ``identifiers.new_lpn`` makes one, from a seeded generator."""
    body = "".join(rng.choices(_CROCKFORD, k=12))
    total = sum((i + 1) * _CROCKFORD_VALUE[char] for i, char in enumerate(body))
    return f"LP{body}{_CROCKFORD[total % 31]}"


@dataclass
class DataSet:
    """Rows per table, produced in batches in foreign-key order."""

    seed: int = SEED

    def key(self, schema_revision: str) -> str:
        return f"g{GENERATOR_VERSION}-s{schema_revision}-r{RETURNS}-i{INSPECTIONS}-x{self.seed}"

    def batches(self) -> Iterator[tuple[str, list[Row]]]:
        rng = random.Random(self.seed)
        products = catalogue(rng)
        returns, lines = self._returns(rng, products)
        yield "expected_returns", returns
        yield "expected_return_lines", lines
        by_return: dict[int, list[Row]] = {}
        for line in lines:
            by_return.setdefault(line["expected_return_id"], []).append(line)
        linked = sum(
            ln["quantity"]
            for er in returns
            if er["status"] == "received"
            for ln in by_return[er["id"]]
        )
        yield from self._inspections(rng, products, returns, by_return, INSPECTIONS - linked)

    def _returns(self, rng: random.Random, products: list[Product]) -> tuple[list[Row], list[Row]]:
        returns: list[Row] = []
        lines: list[Row] = []
        step = SPAN / RETURNS
        start = END - SPAN
        per_year: dict[int, int] = {}
        for n in range(1, RETURNS + 1):
            # The newest 15 % are the ones still arriving; two thirds of those are open.
            is_open = n > RETURNS * (1 - OPEN_SHARE * 1.5) and rng.random() < 2 / 3
            self._return(rng, products, n, start + step * n, is_open, per_year, returns, lines)
        busy_start = datetime.combine(BUSY_DAY, time.min, UTC) - timedelta(days=30)
        for k in range(BUSY_RETURNS):
            created = busy_start + timedelta(days=25) * k / BUSY_RETURNS
            self._return(rng, products, RETURNS + k + 1, created, False, per_year, returns, lines)
        return returns, lines

    def _return(
        self,
        rng: random.Random,
        products: list[Product],
        n: int,
        created: datetime,
        is_open: bool,
        per_year: dict[int, int],
        returns: list[Row],
        lines: list[Row],
    ) -> None:
        year = created.year
        per_year[year] = per_year.get(year, 0) + 1
        carrier, tracking = sample.tracking_number(rng)
        return_type = rng.choices(RETURN_TYPES, weights=(70, 20, 10))[0]
        returns.append(
            {
                "id": n,
                "rma": f"RMA-{year}-{per_year[year]:06d}",
                # 7919 is coprime with 90,000,000: every return has its own order number.
                "order_number": f"SO-{10_000_000 + (n * 7919) % 90_000_000}",
                "tracking_number": tracking,
                "carrier": carrier,
                "customer_email": f"customer{rng.randrange(10**7):07d}@example.com",
                "return_type": return_type,
                "reason": rng.choice(sample.REASONS[return_type]),
                "delivered_on": (created + timedelta(days=rng.randint(2, 9))).date(),
                "created_at": created,
                "status": "open" if is_open else "received",
                "claimed_by_bench": None if is_open else rng.choice(BENCHES),
                "claimed_at": None,
                "version": 1 if is_open else 3,
            }
        )
        for line_no in range(1, 2 if rng.random() < 0.8 else 3):
            product = pick_product(rng, products)
            lines.append(
                {
                    "id": len(lines) + 1,
                    "expected_return_id": n,
                    "line_no": line_no,
                    "sku": product.sku,
                    "ean": product.ean,
                    "serial_number": None,
                    "description": product.description,
                    "category": product.category,
                    "quantity": 2 if rng.random() < 0.05 else 1,
                    "unit_price": product.price,
                }
            )

    def _inspections(
        self,
        rng: random.Random,
        products: list[Product],
        returns: list[Row],
        by_return: dict[int, list[Row]],
        archived: int,
    ) -> Iterator[tuple[str, list[Row]]]:
        units = _Units(rng)

        def flush() -> Iterator[tuple[str, list[Row]]]:
            if len(units.tables["units"]) >= BATCH:
                yield from units.drain()

        # Older history first: inspections whose manifests have been archived.
        history_start = END - SPAN - timedelta(days=900)
        step = timedelta(days=900) / max(archived, 1)
        for n in range(archived):
            units.add(None, None, pick_product(rng, products), history_start + step * n)
            yield from flush()
        busy_start = datetime.combine(BUSY_DAY, time(6), UTC)
        for er in returns:
            if er["status"] != "received":
                continue
            for line in by_return[er["id"]]:
                for _ in range(line["quantity"]):
                    product = Product(
                        line["sku"],
                        line["ean"],
                        line["description"],
                        line["category"],
                        line["unit_price"],
                    )
                    if er["id"] > RETURNS:  # the peak day, 06:00 to 22:00
                        started = busy_start + timedelta(seconds=rng.randint(0, 16 * 3600 - 300))
                    else:
                        started = datetime.combine(
                            er["delivered_on"] + timedelta(days=rng.randint(1, 4)),
                            datetime.min.time(),
                            UTC,
                        ) + timedelta(seconds=rng.randint(6 * 3600, 20 * 3600))
                    units.add(er, line, product, started)
            yield from flush()
        yield from units.drain()


class _Units:
    """Rows of finished units, gathered per table until drained in foreign-key order."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.tables: dict[str, list[Row]] = {
            name: []
            for name in (
                "units",
                "inspections",
                "photos",
                "print_jobs",
                "overrides",
                "unit_assessments",
                "recommendations",
            )
        }
        self.photo_id = 0
        self.assessor = _Assessor()

    def add(self, er: Row | None, line: Row | None, product: Product, started: datetime) -> None:
        rng, tables = self.rng, self.tables
        busy = er is not None and er["id"] > RETURNS
        bench = er["claimed_by_bench"] if er else rng.choice(BENCHES)
        operator = _busy_grader(bench, started) if busy else rng.choice(OPERATORS)
        cumulative = DRIFTING.get(operator, GRADE_CUMULATIVE)
        grade = rng.choices(GRADE_CODES, cum_weights=cumulative)[0]
        finished = started + timedelta(seconds=rng.randint(40, 240 if busy else 600))
        plate = lpn(rng)
        inspection_id = uuid.UUID(int=rng.getrandbits(128), version=4)
        tables["units"].append(
            {
                "lpn": plate,
                "expected_return_id": er["id"] if er else None,
                "line_id": line["id"] if line else None,
                "created_at": started,
                "created_bench": bench,
            }
        )
        inspection = {
            "id": inspection_id,
            "lpn": plate,
            "expected_return_id": er["id"] if er else None,
            "scanned_code": er["rma"] if er else product.ean,
            "unexpected": er is None and rng.random() < 0.05,
            "status": "finished",
            "version": 4,
            "started_at": started,
            "finished_at": finished,
            "bench": bench,
            "operator": operator,
            "sku": product.sku,
            "category": product.category,
            "description": product.description,
            "value": product.price,
            "grade": grade,
            "notes": "",
            "route": ROUTES[grade],
            "rule_id": f"bench-{ROUTES[grade]}",
            "rules_version": "benchmark-rules-1",
            "rule_explanation": f"grade {grade}: {ROUTES[grade]}",
            "override_count": 0,
        }
        tables["inspections"].append(inspection)
        hashes = []
        for shot in range(rng.choices((1, 2, 3), weights=(50, 30, 20))[0]):
            self.photo_id += 1
            hashes.append(f"{rng.getrandbits(256):064x}")
            tables["photos"].append(
                {
                    "id": self.photo_id,
                    "inspection_id": inspection_id,
                    "sha256": hashes[-1],
                    "size_bytes": rng.randint(180_000, 900_000),
                    "width": 1920,
                    "height": 1080,
                    "source": "camera",
                    "original_name": None,
                    "taken_at": started + timedelta(seconds=10 + 10 * shot),
                    "bench": bench,
                    "operator": operator,
                }
            )
        tables["print_jobs"].append(_print_job(rng, inspection, bench, finished, None))
        if rng.random() < REPRINT_SHARE:
            later = finished + timedelta(minutes=rng.randint(1, 30))
            job = _print_job(rng, inspection, bench, later, "reprint: label smudged")
            tables["print_jobs"].append(job)
        if er is not None and finished >= ASSESSED_SINCE:
            assessment, recommendation = self.assessor.rows(rng, er, inspection, hashes)
            tables["unit_assessments"].append(assessment)
            tables["recommendations"].append(recommendation)
        if rng.random() < OVERRIDE_SHARE:
            _override(rng, inspection, tables)

    def drain(self) -> Iterator[tuple[str, list[Row]]]:
        for name, rows in self.tables.items():
            if rows:
                yield name, rows[:]
                rows.clear()


class _Assessor:
    """A unit's assessment and recommendation rows, as the station records them at finishing."""

    def __init__(self) -> None:
        grades = load_grades()
        self.sets = load_grading_sets(grades)
        self.outcomes = load_outcomes(grades)
        self.capping: dict[tuple[str, str], list[Defect]] = {}  # (set, grade) → its defects
        for grading_set in self.sets.sets:
            for defect in grading_set.defects:
                self.capping.setdefault((grading_set.id, defect.caps), []).append(defect)

    def rows(
        self, rng: random.Random, er: Row, inspection: Row, photos: list[str]
    ) -> tuple[Row, Row]:
        grade = inspection["grade"]
        grading_set = self.sets.for_category(inspection["category"])
        # A few workers gave a better grade than the checklist's, with a reason.
        index = GRADE_CODES.index(grade)
        overridden = index < len(GRADE_CODES) - 1 and rng.random() < 0.04
        computed = GRADE_CODES[index + 1] if overridden else grade
        candidates = self.capping.get((grading_set.id, computed), [])
        cause = REASON_CAUSES.get(er["reason"], "handling")
        preferred = [d for d in candidates if d.cause == cause] or candidates
        defects: list[Defect] = [rng.choice(preferred)] if preferred else []
        if candidates and rng.random() < 0.3:
            extra = rng.choice(candidates)
            defects += [extra] if extra not in defects else []
        sealed = not defects and grade == "A" and rng.random() < 0.3
        advice = self.outcomes.recommend(
            OutcomeFacts(
                er["return_type"], "received", grade, inspection["value"], tuple(defects), sealed
            )
        )
        threshold = self.outcomes.policy.approval_min_value or Decimal("Infinity")
        waits = [f"value ≥ {threshold}"] if inspection["value"] >= threshold else []
        waits += [f"grade overridden ({computed} by the checklist, {grade} given)"] * overridden
        decided = bool(waits) and inspection["finished_at"] < PENDING_SINCE
        status = ("approved" if decided else "pending") if waits else "released"
        decided_at = inspection["finished_at"] + timedelta(hours=rng.randint(1, 8))
        assessment = {
            "inspection_id": inspection["id"],
            "receipt": "received",
            "grading_set": grading_set.id,
            "defects": [d.id for d in defects],
            "sealed": sealed,
            "computed_grade": computed if defects or sealed else None,
            "override_reason": "lighter than the checklist says" if overridden else None,
            "rule_version_id": None,
            "return_type": er["return_type"],
            "return_reason": er["reason"],
            "days_since_delivery": (inspection["finished_at"].date() - er["delivered_on"]).days,
            "missing_items": 0,
            "recall": False,
            "hazmat": False,
            "return_to_vendor": False,
        }
        recommendation = {
            "inspection_id": inspection["id"],
            **advice_fields(advice, [(sha, None) for sha in photos]),
            "due_on": None,
            "status": status,
            "approval_reasons": waits,
            "created_at": inspection["finished_at"],
            "decided_at": decided_at if decided else None,
            "decided_by": rng.choice(SUPERVISORS) if decided else None,
            "decision_note": None,
            "version": 2 if decided else 1,
        }
        return assessment, recommendation


def _busy_grader(bench: str, started: datetime) -> str:
    """On the peak day each bench has an early and a late grader of its own."""
    number = int(bench.rsplit("-", 1)[1])
    late = started.hour >= 14
    return OPERATORS[(number - 1) + (100 if late else 0)]


def _print_job(
    rng: random.Random, inspection: Row, bench: str, at: datetime, reason: str | None
) -> Row:
    return {
        "id": uuid.UUID(int=rng.getrandbits(128), version=4),
        "inspection_id": inspection["id"],
        "bench": bench,
        "printer": "files",
        "stock": "4x6",
        "dpi": 203,
        "copies": 1,
        "state": "sent",
        "attempts": 1,
        "last_error": None,
        "output": f"labels/{inspection['lpn']}.pdf",
        "reason": reason,
        "created_at": at,
        "sent_at": at + timedelta(seconds=1),
    }


def _override(rng: random.Random, inspection: Row, tables: dict[str, list[Row]]) -> None:
    """A supervisor's later correction: one grade up or down, a new route and label."""
    before = inspection["grade"]
    index = GRADE_CODES.index(before)
    harsher = index == 0 or (index < len(GRADE_CODES) - 1 and rng.random() < 0.6)
    after = GRADE_CODES[index + 1 if harsher else index - 1]
    at = inspection["finished_at"] + timedelta(minutes=rng.randint(10, 36 * 60))
    job = _print_job(rng, inspection, inspection["bench"], at, "override: regraded")
    tables["print_jobs"].append(job)
    tables["overrides"].append(
        {
            "id": uuid.UUID(int=rng.getrandbits(128), version=4),
            "inspection_id": inspection["id"],
            "at": at,
            "bench": "DESK-01",
            "actor": rng.choice(SUPERVISORS),
            "seen_version": inspection["version"],
            "grade_before": before,
            "grade_after": after,
            "route_before": inspection["route"],
            "route_after": ROUTES[after],
            "rule_before": inspection["rule_id"],
            "reason": "regraded from the photos",
            "print_job_id": job["id"],
        }
    )
    inspection.update(
        grade=after,
        route=ROUTES[after],
        rule_id="override",
        rule_explanation="supervisor override: regraded from the photos",
        version=inspection["version"] + 1,
        override_count=1,
    )


def check_lpns(count: int = 1000) -> None:
    """The seeded plates must pass the station's own check."""
    rng = random.Random(1)
    bad = [plate for plate in (lpn(rng) for _ in range(count)) if not lpn_is_valid(plate)]
    if bad:
        raise AssertionError(f"generated licence plates fail the station's check: {bad[:3]}")
