"""Write Cercle's two short cues (resources/sounds/*.wav), small and gentle.

    python tools/make_sounds.py

16-bit mono at 11 kHz keeps each file under 12 KiB: a soft sine with a fade in and out,
one tone for "last 20 %", two falling tones for "time is up".
"""

from __future__ import annotations

import math
import wave
from pathlib import Path

RATE = 11_025
FOLDER = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def tone(frequency: float, seconds: float, volume: float = 0.35) -> list[float]:
    count = int(RATE * seconds)
    fade = int(RATE * 0.02)
    samples = []
    for n in range(count):
        envelope = min(1.0, n / fade, (count - n) / fade)
        samples.append(volume * envelope * math.sin(2 * math.pi * frequency * n / RATE))
    return samples


def write(name: str, samples: list[float]) -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    with wave.open(str(FOLDER / name), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)  # 16-bit PCM: what every audio device plays
        out.setframerate(RATE)
        out.writeframes(
            b"".join(int(32767 * s).to_bytes(2, "little", signed=True) for s in samples)
        )


def main() -> None:
    write("cue-warning.wav", tone(880, 0.25))
    write("cue-end.wav", tone(988, 0.18) + tone(0, 0.05) + tone(659, 0.3))


if __name__ == "__main__":
    main()
