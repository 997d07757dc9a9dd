"""G.711 byte-identical to audioop (pinned digests: audioop is gone in 3.13); resampling."""

from __future__ import annotations

import hashlib
import struct

import pytest
from hypothesis import given
from hypothesis import strategies as st

from realtime_ext import InvalidArgumentError, audio
from realtime_ext.audio import _g711, as_audio_format
from realtime_ext.testing._audio import sine_pcm16

ALL_SAMPLES = b"".join(struct.pack("<h", s) for s in range(-32768, 32768))
# sha256 of audioop.lin2ulaw/lin2alaw(ALL_SAMPLES, 2), ulaw2lin+alaw2lin(bytes(range(256)), 2),
# computed with CPython 3.11's audioop.
ULAW = "81d633c9e6972a18c74a58720b96cb8ca0bdd096d4060b646dd708c3b846019a"
ALAW = "38488f6fd710f4686360edc4d38639f96c491595ef93f8eb8d62d5e07ca6ce7b"
DECODED = "82be8f70a68215278b076db8c0fff8f1c2dfd8b225192d763d0a4b95b2e85f0b"


def test_g711_matches_audioop_for_every_sample() -> None:
    assert hashlib.sha256(audio.PCMU.encode(ALL_SAMPLES)).hexdigest() == ULAW
    assert hashlib.sha256(audio.PCMA.encode(ALL_SAMPLES)).hexdigest() == ALAW
    codes = bytes(range(256))
    decoded = audio.PCMU.decode(codes) + audio.PCMA.decode(codes)
    assert hashlib.sha256(decoded).hexdigest() == DECODED


@given(st.binary(max_size=400).filter(lambda b: len(b) % 2 == 0))
def test_g711_round_trip_stays_close(pcm: bytes) -> None:
    for encode, decode in (
        (audio.PCMU.encode, audio.PCMU.decode),
        (audio.PCMA.encode, audio.PCMA.decode),
    ):
        back = decode(encode(pcm))
        assert len(back) == len(pcm)
        for a, b in zip(struct.iter_unpack("<h", pcm), struct.iter_unpack("<h", back), strict=True):
            assert abs(a[0] - b[0]) <= max(16, abs(a[0]) // 16 + 2)  # 8-bit log quantisation


@pytest.mark.parametrize(
    ("src", "dst"), [(24000, 8000), (8000, 24000), (48000, 24000), (44100, 24000), (24000, 16000)]
)
def test_resampling_keeps_duration_and_streams_like_whole(src: int, dst: int) -> None:
    pcm = sine_pcm16(1000, rate=src)
    stream = audio.Resampler(src, dst)
    pieces = b"".join(stream.process(pcm[i : i + 962]) for i in range(0, len(pcm), 962))
    pieces += stream.flush()
    assert len(pieces) == dst * 2
    assert pieces == audio.resample(pcm, src, dst)


# sha256 of each stream's output (962-byte chunks, then flush) as the resampler gave it when
# it filtered every input sample: filtering only what the interpolation reads changes none.
RESAMPLED = {
    (24000, 8000): "088ad10bd2738d72a112e650edce6e2db2fdc0cfafcc438baca72dea358d36b3",
    (8000, 24000): "c8b9914f239931ee355bf554ab1e3399a24e28c3d146f0a042370edd4cb424c6",
    (44100, 24000): "ac513161ef11e19ee2354d186bc3ede963fdb1ae7e0242f51d2cc14792746395",
    (48000, 16000): "875645005627a25407f39021f8fbf940e027ffe040d4281956648d910459cb3e",
}


@pytest.mark.parametrize(("src", "dst"), list(RESAMPLED))
def test_resampling_gives_the_same_samples_as_ever(src: int, dst: int) -> None:
    pcm = sine_pcm16(300, rate=src, frequency=1000) + sine_pcm16(300, rate=src, frequency=3500)
    stream = audio.Resampler(src, dst)
    out = b"".join(stream.process(pcm[i : i + 962]) for i in range(0, len(pcm), 962))
    assert hashlib.sha256(out + stream.flush()).hexdigest() == RESAMPLED[(src, dst)]


def test_downsampling_filters_what_the_new_rate_cannot_carry() -> None:
    # A 6 kHz tone cannot exist at 8 kHz (Nyquist 4 kHz): it must not alias into the band.
    tone = sine_pcm16(200, frequency=6000, amplitude=0.5)
    low = audio.resample(tone, 24000, 8000)
    samples = [s for (s,) in struct.iter_unpack("<h", low)][40:]
    assert max(abs(s) for s in samples) < 0.5 * 32767 * 0.5  # at least 6 dB down


def test_pcm_passes_through_as_whole_samples() -> None:
    assert audio.PCM.encode(bytearray(b"\x01\x00")) == b"\x01\x00"
    assert audio.PCM.decode(memoryview(b"\x01\x00\x02")) == b"\x01\x00"  # half a sample
    assert as_audio_format("audio/pcm").encode(ALL_SAMPLES[:8]) == ALL_SAMPLES[:8]


def test_bad_input_refused() -> None:
    with pytest.raises(InvalidArgumentError, match=r"PCMU\.encode: 1 bytes is not a whole number"):
        audio.PCMU.encode(b"\x00")
    with pytest.raises(InvalidArgumentError, match=r"PCMU\.decode takes G.711 bytes, got str"):
        audio.PCMU.decode("x")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match=r"PCM\.encode: 3 bytes is not a whole number"):
        audio.PCM.encode(b"\x00\x00\x00")
    with pytest.raises(InvalidArgumentError, match=r"PCM\.decode takes PCM16 bytes, got list"):
        audio.PCM.decode([0, 0])  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="from_rate"):
        audio.Resampler(0, 8000)
    with pytest.raises(InvalidArgumentError, match="to_rate"):
        audio.resample(b"", 8000, True)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="unknown audio format"):
        as_audio_format({"type": "audio/opus"})


def test_formats() -> None:
    assert as_audio_format(None) is audio.PCM
    assert as_audio_format({"type": "audio/pcm", "rate": 24000}) is audio.PCM
    assert as_audio_format("g711_alaw") is audio.PCMA
    assert audio.PCMU.nbytes(100) == 800 and audio.PCM.nbytes(100) == 4800


@pytest.mark.parametrize("law", ["u", "a"])
@given(pcm=st.binary(max_size=64).filter(lambda b: len(b) % 2 == 0), offset=st.integers(0, 3))
def test_g711_tables_give_the_reference_per_sample_for_any_buffer(
    law: str, pcm: bytes, offset: int
) -> None:
    # The table lookups (translate, itemgetter over a memoryview) against the scalar
    # reference, on every kind of buffer: bytes, a bytearray, a view at any offset.
    encode, decode = (
        (audio.PCMU.encode, audio.PCMU.decode)
        if law == "u"
        else (audio.PCMA.encode, audio.PCMA.decode)
    )
    # The scalar reference is private: the test holds the tables to it.
    scalar_encode = _g711._lin2ulaw if law == "u" else _g711._lin2alaw  # pyright: ignore[reportPrivateUsage]
    scalar_decode = _g711._ulaw2lin if law == "u" else _g711._alaw2lin  # pyright: ignore[reportPrivateUsage]
    samples = [s for (s,) in struct.iter_unpack("<h", pcm)]
    expected = bytes(scalar_encode(s) for s in samples)
    padded = bytes(offset) + pcm
    for given_pcm in (pcm, bytearray(pcm), memoryview(padded)[offset:]):
        assert encode(given_pcm) == expected
    decoded = b"".join(struct.pack("<h", scalar_decode(c)) for c in expected)
    for codes in (expected, bytearray(expected), memoryview(bytes(offset) + expected)[offset:]):
        assert decode(codes) == decoded
