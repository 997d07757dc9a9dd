"""Shared access to the real-world SDP fixtures in tests/data/sdp/."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "sdp"
FIXTURES = sorted(p.name for p in DATA.glob("*.sdp"))
OFFERS = [n for n in FIXTURES if n.endswith("_offer.sdp")]
ANSWERS = [n for n in FIXTURES if n.endswith("_answer.sdp")]


def read_sdp(name: str) -> str:
    # Bytes then decode: read_text() would turn the CRLFs into LFs.
    return (DATA / name).read_bytes().decode("utf-8")
