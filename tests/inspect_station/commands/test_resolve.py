"""``inspect-station resolve``: each scanned code as a JSON line, its readings, the carrier,
the destination of a routing code and the check-digit verdict; exit 1 when a code reads as
nothing the station knows."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from inspect_station.cli import main

GS = "\x1d"


def lines(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_a_routed_usps_label_reads_with_carrier_destination_and_verdict(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["resolve", "]C1420100011234<GS>9400111201080805483016"]) == 0
    (line,) = lines(capsys)
    assert line["scan"] == f"]C1420100011234{GS}9400111201080805483016"
    assert (line["kind"], line["carrier"], line["check_digit"]) == ("tracking", "USPS", "valid")
    assert line["ship_to"] == {"ai": "420", "postal_code": "100011234", "country": None}
    assert line["symbology"] == {"identifier": "]C1", "name": "GS1-128"}
    assert line["reading"] == (
        "USPS tracking number 9400111201080805483016, ship to ZIP 10001-1234 (420)"
    )
    readings = line["readings"]
    assert isinstance(readings, list)
    assert [r["kind"] for r in readings] == ["tracking", "text"]


def test_a_wrong_check_digit_names_the_digit_it_should_have(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["resolve", "(420)10001(94)00111201080805483017", "1Z999AA10123456785"]) == 1
    usps, ups = lines(capsys)
    assert usps["check_digit"] == "wrong"
    assert usps["should_be"] == [{"reading": "USPS IMpb", "digit": "6"}]
    assert "kind" not in usps
    assert ups["should_be"] == [{"reading": "UPS 1Z", "digit": "4"}]


@pytest.mark.parametrize(
    ("code", "kind", "carrier"),
    [
        ("9622001900000000000000776632517510", "tracking", "FedEx"),
        ("]C1421276D-10115<GS>00340434161234567896", "tracking", "DHL Paket"),
        ("4006381333931", "gtin", None),
        ("RMA-2026-000123", "rma", None),
    ],
)
def test_every_known_code_exits_0(
    capsys: pytest.CaptureFixture[str], code: str, kind: str, carrier: str | None
) -> None:
    assert main(["resolve", code]) == 0
    (line,) = lines(capsys)
    assert (line["kind"], line["carrier"]) == (kind, carrier)


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("]C142010001", "only routes the parcel"),
        ("x" * 101, "101 characters long"),
        ("\x07bell", "control characters"),
        (f"421999ABC{GS}9400111201080805483016", "not an ISO 3166"),
    ],
)
def test_refused_codes_say_why_and_exit_1(
    capsys: pytest.CaptureFixture[str], code: str, message: str
) -> None:
    assert main(["resolve", code]) == 1
    (line,) = lines(capsys)
    assert message in str(line["error"])
    assert line["check_digit"] is None


def test_free_text_reads_but_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", "no label at all", "1Z999AA10123456784"]) == 1
    text, ups = lines(capsys)
    assert (text["kind"], ups["kind"]) == ("text", "tracking")


def test_codes_from_standard_input_keep_their_gs(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    scans = f"420221539101026837331000039521\n]C142010001{GS}9400111201080805483016\n\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(scans))
    assert main(["resolve", "-"]) == 0
    first, second = lines(capsys)
    assert first["readings"][0]["value"] == "9101026837331000039521"  # type: ignore[index]
    assert second["scan"] == f"]C142010001{GS}9400111201080805483016"


def test_bad_patterns_in_the_settings_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text('rma_pattern = "RMA-(\\\\d{4"\n', encoding="utf-8")
    assert main(["--config", str(settings), "resolve", "RMA-1"]) == 2
    assert "rma_pattern" in capsys.readouterr().err
