"""Make the station's four feedback sounds (resources/sounds/*.wav) from their recipes.

    .venv/bin/python scripts/make_sounds.py

Each sound is a few sine tones with 6 ms fades (no clicks), 16-bit mono at 44.1 kHz, peak at
-3 dBFS, so the four are told apart at arm's length in a noisy dock by pitch and rhythm:

* accepted — one short high beep;
* refused — two low, falling tones;
* printed — two rising tones;
* supervisor — three short mid pulses (a call).
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
PEAK = 0.707  # -3 dBFS
FADE_S = 0.006

# name → [(frequency Hz or 0 for silence, seconds), …]
RECIPES: dict[str, list[tuple[float, float]]] = {
    "accepted": [(1760.0, 0.09)],
    "refused": [(392.0, 0.14), (0.0, 0.03), (294.0, 0.22)],
    "printed": [(880.0, 0.08), (0.0, 0.02), (1320.0, 0.10)],
    "supervisor": [(660.0, 0.09), (0.0, 0.06), (660.0, 0.09), (0.0, 0.06), (660.0, 0.09)],
}


def tone(freq: float, seconds: float) -> list[float]:
    n = round(seconds * RATE)
    fade = round(FADE_S * RATE)
    out = []
    for i in range(n):
        envelope = min(1.0, i / fade, (n - 1 - i) / fade) if freq else 0.0
        # A little of the third harmonic carries the tone on small speakers.
        phase = 2 * math.pi * freq * i / RATE
        out.append(envelope * (0.85 * math.sin(phase) + 0.15 * math.sin(3 * phase)))
    return out


def render(recipe: list[tuple[float, float]]) -> bytes:
    samples = [s for freq, seconds in recipe for s in tone(freq, seconds)]
    top = max(abs(s) for s in samples) or 1.0
    return b"".join(struct.pack("<h", round(s / top * PEAK * 32767)) for s in samples)


def main() -> None:
    folder = Path(__file__).resolve().parents[1] / "resources" / "sounds"
    folder.mkdir(parents=True, exist_ok=True)
    for name, recipe in RECIPES.items():
        with wave.open(str(folder / f"{name}.wav"), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(render(recipe))
        print(folder / f"{name}.wav")


if __name__ == "__main__":
    main()
