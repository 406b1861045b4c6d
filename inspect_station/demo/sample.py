"""Demo mode: a station with realistic expected returns, a video file as the camera and
labels written to a folder, all under ``<data dir>/demo`` so a real station is never touched.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from db.engine import Database
from db.models.returns import ExpectedReturn
from inspect_station.app.settings import Settings, data_dir
from inspect_station.bench.manifest import ImportResult, parse_rows, store
from inspect_station.demo.video import make_demo_video
from inspect_station.identify import carriers
from inspect_station.identify.identifiers import gtin_check_digit
from inspect_station.rules import catalogue

# (sku, description, category, price) — a small catalogue of what comes back most.
CATALOGUE = (
    ("AP-1001-M", "Merino crew jumper, navy, M", "apparel", "79.90"),
    ("AP-1001-L", "Merino crew jumper, navy, L", "apparel", "79.90"),
    ("AP-2040-S", "Linen shirt, white, S", "apparel", "49.95"),
    ("AP-2040-M", "Linen shirt, white, M", "apparel", "49.95"),
    ("AP-3300-32", "Slim jeans, dark wash, W32 L32", "apparel", "89.00"),
    ("AP-4100-M", "Cotton T-shirt, black, M", "apparel", "14.99"),
    ("AP-5200-38", "Summer dress, floral, 38", "apparel", "59.00"),
    ("AP-6010-L", "Rain jacket, olive, L", "apparel", "129.00"),
    ("FW-1100-42", "Running shoe, grey, EU 42", "footwear", "119.95"),
    ("FW-1100-44", "Running shoe, grey, EU 44", "footwear", "119.95"),
    ("FW-2300-39", "Leather ankle boot, tan, EU 39", "footwear", "149.00"),
    ("FW-3050-41", "Canvas sneaker, white, EU 41", "footwear", "39.99"),
    ("EL-1000", "Wireless earbuds, noise cancelling", "electronics", "149.00"),
    ("EL-1200", "Bluetooth speaker, waterproof", "electronics", "69.99"),
    ("EL-2100", "USB-C charger 65 W", "electronics", "34.90"),
    ("EL-3300", "Smartwatch 44 mm, black", "electronics", "249.00"),
    ("EL-4000", "E-reader 6 in, 16 GB", "electronics", "119.00"),
    ("EL-5100", "Gaming mouse, wired", "electronics", "29.99"),
    ("HM-1000", "Ceramic dinner set, 12 pieces", "home", "89.00"),
    ("HM-2200", "Cast-iron casserole 24 cm", "home", "99.95"),
    ("HM-3100", "Cotton duvet cover 200×200", "home", "45.00"),
    ("HM-4050", "Desk lamp, LED, dimmable", "home", "39.90"),
    ("HM-5000", "Stick vacuum cleaner", "home", "299.00"),
    ("BT-1000", "Face serum 30 ml", "beauty", "24.90"),
    ("BT-2000", "Hair dryer 2000 W", "beauty", "59.00"),
    ("BT-3000", "Perfume 50 ml", "beauty", "72.00"),
    ("TY-1000", "Building blocks set, 500 pieces", "toys", "49.99"),
    ("TY-2000", "Remote-control car", "toys", "64.90"),
)
REASONS = {
    "refund": (
        "Too small",
        "Too large",
        "Changed my mind",
        "Not as described",
        "Quality not as expected",
        "Better price elsewhere",
        "Wrong item sent",
        "Arrived too late",
    ),
    "exchange": ("Too small", "Too large", "Wrong colour"),
    "warranty": ("Does not work", "Arrived damaged", "Stopped working after a week"),
}
FIRST = ("anna", "ben", "chloe", "david", "eva", "felix", "greta", "hugo", "ines", "jonas")
LAST = ("muller", "schmidt", "dubois", "rossi", "jansen", "smith", "novak", "garcia")
# Where the demo's customers are: the notices' and proofs' own time zones.
ZONES = ("Europe/Berlin", "Europe/Paris", "Europe/Amsterdam", "Europe/Vienna", "Europe/Madrid")
DEMO_DATABASE = "inspect-station.sqlite3"  # the demo's database file in its folder
DEMO_EAN = "4006381333931"  # the product label in the demo video carries this code
# (name, badge, role, PIN) of the demo's people; ``inspect-station demo`` prints them.
DEMO_PEOPLE = (
    ("Olga Operator", "DEMO-OPERATOR", "operator", "1111"),
    ("Sven Supervisor", "DEMO-SUPERVISOR", "supervisor", "2222"),
    ("Ada Admin", "DEMO-ADMIN", "admin", "3333"),
)


def demo_ean(index: int) -> str:
    body = f"40{index:010d}"
    return body + str(gtin_check_digit(body))


def tracking_number(rng: random.Random) -> tuple[str, str]:
    carrier = rng.choice(("UPS", "DHL Express", "DHL Paket", "Royal Mail", "USPS", "DPD", "GLS"))

    def digits(n: int) -> str:
        return "".join(rng.choice("0123456789") for _ in range(n))

    if carrier == "UPS":
        shipper = rng.choice(("A1B2C3", "0W1234", "8X9Y70"))
        body = f"{shipper}{rng.choice(('01', '03', '42'))}{digits(7)}"
        return carrier, f"1Z{body}{carriers.ups_check_digit(body)}"
    if carrier == "DHL Express":
        body = digits(9)
        return carrier, f"{body}{carriers.dhl_express_check_digit(body)}"
    if carrier == "Royal Mail":
        serial = digits(8)
        return carrier, f"RR{serial}{carriers.s10_check_digit(serial)}GB"
    if carrier == "USPS":
        body = f"9205590{digits(14)}"
        return carrier, f"{body}{carriers.usps_check_digit(body)}"
    if carrier == "GLS":
        body = digits(11)
        return carrier, f"{body}{carriers.gls_check_digit(body)}"
    if carrier == "DPD":
        return carrier, f"0{digits(13)}"
    body = f"00340434{digits(11)}"  # DHL Paket: 20 digits, mod-10 like an SSCC
    return carrier, f"{body}{gtin_check_digit(body)}"


def demo_rows(count: int = 200, *, today: date, seed: int = 2026) -> list[dict[str, str | None]]:
    rng = random.Random(seed)
    rows: list[dict[str, str | None]] = []
    for n in range(1, count + 1):
        return_type = rng.choices(("refund", "exchange", "warranty"), weights=(70, 20, 10))[0]
        carrier, tracking = tracking_number(rng)
        person = f"{rng.choice(FIRST)}.{rng.choice(LAST)}"
        header: dict[str, str | None] = {
            "rma": f"RMA-{today.year}-{n:06d}",
            "order_number": f"SO-{rng.randrange(10_000_000, 99_999_999)}",
            "tracking_number": tracking,
            "carrier": carrier,
            "customer_email": f"{person}@example.com",
            "customer_name": person.replace(".", " ").title(),
            "return_type": return_type,
            "reason": rng.choice(REASONS[return_type]),
            "delivered_on": (today - timedelta(days=rng.randint(1, 40))).isoformat(),
        }
        header |= withdrawal_facts(header, today)
        for _ in range(1 if rng.random() < 0.8 else 2):
            index = rng.randrange(len(CATALOGUE))
            sku, description, category, price = CATALOGUE[index]
            rows.append(
                header
                | {
                    "sku": sku,
                    "ean": DEMO_EAN if index == 0 else demo_ean(index),
                    "description": description,
                    "category": category,
                    "quantity": "2" if rng.random() < 0.05 else "1",
                    "unit_price": str(Decimal(price)),
                }
            )
    return rows


def withdrawal_facts(header: dict[str, str | None], today: date) -> dict[str, str | None]:
    """A refund's withdrawal as a shop records it: the notice within the last two weeks (never
    before delivery) at its hour in the customer's zone, how it came and its acknowledgement;
    for most, the carrier's proof of sending; whether the customer was told of the right; the
    delivery cost and the cheapest standard option. A fifth of the customers gave no notice.

    Drawn from its own generator so the rest of the demo data stays as it was.
    """
    rng = random.Random(header["rma"])
    delivered = header["delivered_on"]
    if header["return_type"] != "refund" or delivered is None or rng.random() < 0.2:
        return {}
    day = max(date.fromisoformat(delivered), today - timedelta(days=rng.randint(1, 13)))
    zone = rng.choice(ZONES)
    notice = datetime.combine(day, time(rng.randint(7, 22), rng.randrange(60)), ZoneInfo(zone))
    channel = rng.choices(("button", "email", "letter", "phone"), weights=(70, 20, 5, 5))[0]
    paid, cheapest = rng.choice(
        (("4.95", "4.95"),) * 4 + (("0.00", "0.00"),) * 2 + (("9.95", "4.95"),)
    )
    facts: dict[str, str | None] = {
        "withdrawal_notice_at": f"{notice.isoformat(timespec='minutes')}[{zone}]",
        "withdrawal_channel": channel,
        "withdrawal_ack_id": f"ACK-{str(header['rma'])[-6:]}"
        if channel in ("button", "email")
        else None,
        "consumer_informed": rng.choices(("yes", "no", ""), weights=(90, 5, 5))[0],
        "delivery_cost_paid": paid,
        "cheapest_delivery_cost": cheapest,
    }
    sent = notice + timedelta(hours=rng.randint(2, 60))
    if rng.random() < 0.7 and sent.date() < today:
        facts["proof_of_sending_at"] = f"{sent.isoformat(timespec='minutes')}[{zone}]"
        facts["proof_of_sending_by"] = rng.choice(("first-scan", "first-scan", "drop-off"))
    return facts


def seed(db: Database, *, today: date, count: int = 200) -> ImportResult:
    """Load the demo returns unless the database already holds returns."""
    catalogue.seed_demo(db)  # the SKU flags the routing rules look at; left alone once there
    with db.read() as session:
        existing = session.scalar(select(func.count()).select_from(ExpectedReturn)) or 0
    if existing:
        return ImportResult(created=0, skipped=existing, lines=0)
    # The demo's facts lie before the start of the day after ``today``.
    now = datetime.combine(today + timedelta(days=1), time(0), UTC)
    return store(db, parse_rows(demo_rows(count, today=today), now=now), now=now)


def demo_settings(base: Settings, root: Path | None = None) -> Settings:
    """The demo's own files under ``<data dir>/demo``; the camera is a generated video."""
    root = root or data_dir() / "demo"
    video = make_demo_video(root / "bench-camera.avi", ean=DEMO_EAN)
    return base.replace(
        bench=base.bench if base.bench != Settings().bench else "DEMO-01",
        operator=base.operator if base.operator != Settings().operator else "demo",
        database_url=f"sqlite:///{root / DEMO_DATABASE}",
        camera_source=str(video),
        camera_width=0,
        camera_height=0,
        photo_dir=str(root / "photos"),
        labels_dir=str(root / "labels"),
        printer="files",
        # The demo clip shows one product code all the time: outline it, do not scan it, so
        # the demo starts at an empty bench.
        camera_scanning="highlight",
        pepper_file=str(root / "pin-pepper"),
    )
