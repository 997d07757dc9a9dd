"""``check_offer`` (the one pass ``calls.create`` runs, fast path and all) gives every text
the verdict ``validate_offer`` gives it through the parsed model: accepted alike, or
refused with the same message and line; and the fast path's facts are ``scan``'s.

The texts: the SDP fixtures, the sample offers, the offers and answers of the recorded real
traffic, and each of them mutated line by line (each line dropped, each line doubled, each
line with trailing whitespace) and as a whole (LF line ends, no final line end). A faster
scanner cannot drift from the checked behaviour without one of these disagreeing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

import pytest
import yaml
from sdp_fixture_data import FIXTURES, read_sdp

from realtime_ext import sdp
from realtime_ext.sdp import check_offer
from realtime_ext.sdp._facts import Facts, Part, quick_scan, scan
from support import vendored

# The HTTP cassettes of the recorded traffic that carry SDP (offers sent, answers received).
RECORDINGS = (
    "rest/test_webrtc__test_answer_webrtc_offer.yaml",
    "rest/test_openai_ws__test_webrtc_hang_up_ends_the_call.yaml",
    "azure/test_webrtc__test_azure_answer_webrtc_offer_records.yaml",
    "live/test_openai_live_ws__test_webrtc_hang_up_ends_the_call.yaml",
)

Verdict = tuple[str, int | None] | None
Shape = tuple[object, ...]


def _part(part: Part) -> Shape:
    fingerprints = [(fp.hash_function, fp.value) for fp in part.fingerprints]
    return (part.kind, part.port, part.formats, part.attrs, part.rtpmap, fingerprints)


def _shape(facts: Facts) -> Shape:
    """What the checks read but line numbers (the fast path keeps none)."""
    return (facts.version, facts.bundle, _part(facts.session), [_part(m) for m in facts.media])


def _sdps_in(value: object) -> Iterator[str]:
    """Every SDP text in a cassette: bodies that are SDP, and the SDP parts of multipart ones."""
    if isinstance(value, dict):
        for item in cast("dict[str, object]", value).values():
            yield from _sdps_in(item)
    elif isinstance(value, list):
        for item in cast("list[object]", value):
            yield from _sdps_in(item)
    elif isinstance(value, str):
        if value.startswith("v=0"):
            yield value
        for part in value.split("\r\n\r\n")[1:]:
            if part.startswith("v=0"):
                # A multipart part ends at the CRLF before the next boundary.
                yield part[: part.index("\r\n--") + 2] if "\r\n--" in part else part


def _recorded() -> list[str]:
    texts: list[str] = []
    for name in RECORDINGS:
        data = yaml.safe_load(vendored.require(f"realtraffic/{name}").read_text(encoding="utf-8"))
        found = list(_sdps_in(data))
        assert found, f"{name} holds no SDP"
        texts += found
    return texts


def _originals() -> list[str]:
    texts = [read_sdp(name) for name in FIXTURES]
    texts += [sdp.sample_offer(name) for name in sorted(sdp.SAMPLE_OFFERS)]
    return texts + _recorded()


def _mutations(text: str) -> Iterator[str]:
    yield text
    yield text.replace("\r\n", "\n")
    yield text.removesuffix("\r\n")
    lines = text.removesuffix("\r\n").split("\r\n")
    for i, line in enumerate(lines):
        yield "\r\n".join(lines[:i] + lines[i + 1 :]) + "\r\n"
        yield "\r\n".join([*lines[: i + 1], line, *lines[i + 1 :]]) + "\r\n"
        yield "\r\n".join([*lines[:i], line + " \t", *lines[i + 1 :]]) + "\r\n"


def _verdict(check: object, text: str) -> Verdict:
    assert callable(check)
    try:
        check(text)
    except sdp.SDPError as exc:
        return str(exc), exc.line
    return None


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return list(dict.fromkeys(m for text in _originals() for m in _mutations(text)))


@pytest.fixture(scope="module")
def verdicts(texts: list[str]) -> list[Verdict]:
    return [_verdict(check_offer, t) for t in texts]


def test_the_sources_hold_offers_that_pass(texts: list[str], verdicts: list[Verdict]) -> None:
    """The set is broad: many texts, real offers accepted, and many kinds of refusal."""
    assert len(texts) > 1500
    assert sum(v is None for v in verdicts) > 100
    assert len({v[0].split(":")[-1][:30] for v in verdicts if v is not None}) > 10


def test_check_offer_gives_every_text_the_verdict_of_the_parsed_model(
    texts: list[str], verdicts: list[Verdict]
) -> None:
    disagree = [
        (t[:80], fast, model)
        for t, fast in zip(texts, verdicts, strict=True)
        if fast != (model := _verdict(sdp.validate_offer, t))
    ]
    assert not disagree, disagree[:3]


def test_the_fast_path_reads_the_facts_scan_reads(texts: list[str]) -> None:
    taken = 0
    for text in texts:
        quick = quick_scan(text)
        if quick is not None:
            taken += 1
            assert _shape(quick) == _shape(scan(text)), text[:80]
    assert taken > 100  # the fast path is the one real offers take
