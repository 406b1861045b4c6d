"""The synthetic bench history the scan benchmark runs against, the same on every database.

200,000 expected returns (about 1.2 lines each, EAN-13s from a catalogue of 3,000 products,
popular products returned far more often than the rest) and 1,000,000 finished inspections,
each with its unit and one photo row. The newest returns are partly still open (about 10 %);
every other return was received, inspected and finished by one of 100 benches. The remaining
inspections are older history whose manifests are no longer in the table (no expected return).

Everything comes from one seeded generator, so SQLite and PostgreSQL hold the same rows and a
re-generated data set is identical.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from inspect_station import demo
from inspect_station.identifiers import gtin_check_digit, lpn_is_valid

# Bump when the generated rows change: it keys the cached SQLite file and the PostgreSQL marker.
GENERATOR_VERSION = 2  # 2: GLS numbers with their own check digit
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
            created = start + step * n
            year = created.year
            per_year[year] = per_year.get(year, 0) + 1
            carrier, tracking = demo.tracking_number(rng)
            return_type = rng.choices(RETURN_TYPES, weights=(70, 20, 10))[0]
            # The newest 15 % are the ones still arriving; two thirds of those are open.
            is_open = n > RETURNS * (1 - OPEN_SHARE * 1.5) and rng.random() < 2 / 3
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
                    "reason": rng.choice(demo.REASONS[return_type]),
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
        return returns, lines

    def _inspections(
        self,
        rng: random.Random,
        products: list[Product],
        returns: list[Row],
        by_return: dict[int, list[Row]],
        archived: int,
    ) -> Iterator[tuple[str, list[Row]]]:
        units: list[Row] = []
        inspections: list[Row] = []
        photos: list[Row] = []
        photo_id = 0

        def add(er: Row | None, line: Row | None, product: Product, started: datetime) -> None:
            nonlocal photo_id
            bench = er["claimed_by_bench"] if er else rng.choice(BENCHES)
            operator = rng.choice(OPERATORS)
            grade = rng.choices(GRADE_CODES, cum_weights=GRADE_CUMULATIVE)[0]
            finished = started + timedelta(seconds=rng.randint(40, 600))
            plate = lpn(rng)
            inspection_id = uuid.UUID(int=rng.getrandbits(128), version=4)
            units.append(
                {
                    "lpn": plate,
                    "expected_return_id": er["id"] if er else None,
                    "line_id": line["id"] if line else None,
                    "created_at": started,
                    "created_bench": bench,
                }
            )
            inspections.append(
                {
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
                }
            )
            photo_id += 1
            photos.append(
                {
                    "id": photo_id,
                    "inspection_id": inspection_id,
                    "sha256": f"{rng.getrandbits(256):064x}",
                    "size_bytes": rng.randint(180_000, 900_000),
                    "width": 1920,
                    "height": 1080,
                    "source": "camera",
                    "original_name": None,
                    "taken_at": started + timedelta(seconds=20),
                    "bench": bench,
                    "operator": operator,
                }
            )

        def flush() -> Iterator[tuple[str, list[Row]]]:
            if len(units) >= BATCH:
                yield from drain()

        def drain() -> Iterator[tuple[str, list[Row]]]:
            for name, rows in (("units", units), ("inspections", inspections), ("photos", photos)):
                if rows:
                    yield name, rows[:]
                    rows.clear()

        # Older history first: inspections whose manifests have been archived.
        history_start = END - SPAN - timedelta(days=900)
        step = timedelta(days=900) / max(archived, 1)
        for n in range(archived):
            add(None, None, pick_product(rng, products), history_start + step * n)
            yield from flush()
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
                    started = datetime.combine(
                        er["delivered_on"] + timedelta(days=rng.randint(1, 4)),
                        datetime.min.time(),
                        UTC,
                    ) + timedelta(seconds=rng.randint(6 * 3600, 20 * 3600))
                    add(er, line, product, started)
            yield from flush()
        yield from drain()


def check_lpns(count: int = 1000) -> None:
    """The seeded plates must pass the station's own check."""
    rng = random.Random(1)
    bad = [plate for plate in (lpn(rng) for _ in range(count)) if not lpn_is_valid(plate)]
    if bad:
        raise AssertionError(f"generated licence plates fail the station's check: {bad[:3]}")
