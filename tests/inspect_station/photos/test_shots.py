from __future__ import annotations

from pathlib import Path

import pytest

from inspect_station.app.errors import BadInput
from inspect_station.photos.shots import EXTRA, MissingShots, load_shots


def codes(shots: tuple[object, ...]) -> list[str]:
    return [shot.code for shot in shots]  # type: ignore[attr-defined]


def test_the_shipped_catalogue_asks_per_category() -> None:
    shots = load_shots()
    assert codes(shots.required("apparel")) == ["front", "back", "label", "defect"]
    assert codes(shots.required("electronics")) == ["front", "serial", "accessories"]
    assert codes(shots.required("Apparel ")) == ["front", "back", "label", "defect"]
    # Every other category, and an unexpected return without one, gets the default.
    assert codes(shots.required("toys")) == ["front", "label"]
    assert codes(shots.required(None)) == ["front", "label"]
    assert shots.get("defect").name == "Defect close-up"


def test_a_defect_close_up_is_not_asked_of_a_like_new_unit() -> None:
    shots = load_shots()
    assert codes(shots.required("apparel", "A")) == ["front", "back", "label"]
    assert codes(shots.missing("apparel", ["front", "back", "label"], "A")) == []
    assert codes(shots.missing("apparel", ["front", "back", "label"], "C")) == ["defect"]


def test_next_shot_is_the_first_missing_then_detail() -> None:
    shots = load_shots()
    assert shots.next_shot("apparel", []).code == "front"
    assert shots.next_shot("apparel", ["front", None, "label"]).code == "back"
    assert shots.next_shot("apparel", ["front", "back", "label", "defect"]).code == EXTRA
    assert codes(shots.choices("electronics")) == ["front", "serial", "accessories", EXTRA]


def test_missing_shots_are_named_in_the_message() -> None:
    shots = load_shots()
    error = MissingShots(shots.missing("electronics", ["front"]))
    assert str(error) == (
        "Photos missing: Serial plate, Accessories. Take them, or give a reason to finish "
        "without them."
    )


def test_unknown_shot_type_is_refused() -> None:
    with pytest.raises(BadInput, match="Unknown shot type 'selfie'"):
        load_shots().get("selfie")


GOOD_SHOTS = '[shot.front]\nname = "Front"\n[shot.detail]\nname = "Detail"\n'


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[shot.front\n", "is not valid"),
        ('[shot.front]\nname = "Front"\n', "must define the shot type 'detail'"),
        (GOOD_SHOTS + '[category.toys]\nrequired = ["front", "box"]\n', "unknown shot types box"),
        (GOOD_SHOTS + '[category.toys]\nrequired = ["front", "front"]\n', "lists a shot twice"),
        (GOOD_SHOTS + "[category.toys]\n", "is not valid"),
        ('[shot."two words"]\nname = "x"\n' + GOOD_SHOTS, "must be a short word"),
    ],
)
def test_a_broken_shots_file_is_refused_with_its_name(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "shots.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BadInput, match=message) as caught:
        load_shots(path)
    assert str(path) in str(caught.value)


def test_more_shots_than_number_keys_are_refused(tmp_path: Path) -> None:
    names = [f"s{n}" for n in range(9)]
    content = GOOD_SHOTS + "".join(f'[shot.{n}]\nname = "{n}"\n' for n in names)
    content += f"[category.toys]\nrequired = {names!r}\n".replace("'", '"')
    path = tmp_path / "shots.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BadInput, match="requires 9 shots"):
        load_shots(path)
