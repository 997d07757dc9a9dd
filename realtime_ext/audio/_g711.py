"""PCM16 <-> G.711 u-law / A-law, without ``audioop`` (removed in Python 3.13).

Hand-written on purpose: the algorithm is the ITU-T G.711 reference (as in Sun's
``g711.c``), thirty lines, and table-driven here, so the SDK needs neither ``audioop``
nor a C extension or numpy for phone-quality audio. Tables are built once, on first use,
and applied by C-level operations, never a Python loop per sample: decoding is two
``bytes.translate`` (each code's low and high PCM byte) interleaved by slice assignment,
encoding one ``itemgetter`` call of the samples over the 65,536-entry table.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterable
from functools import cache
from operator import itemgetter
from typing import cast

from realtime_ext import InvalidArgumentError

_BIAS = 0x21  # 0x84 >> 2: u-law is computed on 14-bit samples
_CLIP = 8159
_SEG_UEND = (0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF)
_SEG_AEND = (0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF)


def _lin2ulaw(sample: int) -> int:
    # On 14 bits, as CPython's audioop did, so output is byte-identical to lin2ulaw().
    value = sample >> 2
    if value < 0:
        value, mask = -value, 0x7F
    else:
        mask = 0xFF
    value = min(value, _CLIP) + _BIAS
    segment = next((i for i, end in enumerate(_SEG_UEND) if value <= end), 8)
    if segment >= 8:
        return 0x7F ^ mask
    return ((segment << 4) | ((value >> (segment + 1)) & 0x0F)) ^ mask


def _ulaw2lin(code: int) -> int:
    code = ~code & 0xFF
    exponent = (code >> 4) & 0x07
    sample = ((((code & 0x0F) << 3) + 0x84) << exponent) - 0x84
    return -sample if code & 0x80 else sample


def _lin2alaw(sample: int) -> int:
    value = sample >> 3  # A-law works on 13 bits
    if value >= 0:
        mask = 0xD5
    else:
        mask = 0x55
        value = -value - 1
    segment = next((i for i, end in enumerate(_SEG_AEND) if value <= end), 8)
    if segment >= 8:
        return 0x7F ^ mask
    code = segment << 4
    code |= (value >> 1 if segment < 2 else value >> segment) & 0x0F
    return code ^ mask


def _alaw2lin(code: int) -> int:
    code ^= 0x55
    value = (code & 0x0F) << 4
    segment = (code & 0x70) >> 4
    if segment == 0:
        value += 8
    else:
        value = (value + 0x108) << (segment - 1)
    return value if code & 0x80 else -value


@cache
def _encode_table(law: str) -> bytes:
    # Indexed by the sample as an unsigned 16-bit number (array "H" view of the PCM).
    encode = _lin2ulaw if law == "u" else _lin2alaw
    return bytes(encode(i - 65536 if i >= 32768 else i) for i in range(65536))


@cache
def _decode_tables(law: str) -> tuple[bytes, bytes]:
    # For bytes.translate: each code's PCM16 sample, its low byte and its high byte.
    decode = _ulaw2lin if law == "u" else _alaw2lin
    samples = [decode(i) & 0xFFFF for i in range(256)]
    return bytes(s & 0xFF for s in samples), bytes(s >> 8 for s in samples)


def _samples(pcm: bytes | bytearray | memoryview, name: str) -> Iterable[int]:
    """The samples as unsigned 16-bit numbers, without a copy on a little-endian machine."""
    if not isinstance(pcm, bytes | bytearray | memoryview):
        raise InvalidArgumentError(f"{name} takes PCM16 bytes, got {type(pcm).__name__}")
    if len(pcm) % 2:
        raise InvalidArgumentError(
            f"{name}: {len(pcm)} bytes is not a whole number of 16-bit samples"
        )
    if sys.byteorder == "big":
        samples = array("H", bytes(pcm))
        samples.byteswap()
        return samples
    view = memoryview(pcm)
    return (view if view.c_contiguous else memoryview(view.tobytes())).cast("B").cast("H")


def _encode(law: str, pcm: bytes | bytearray | memoryview, name: str) -> bytes:
    samples = tuple(_samples(pcm, name))
    table = _encode_table(law)
    if len(samples) < 2:  # itemgetter of one index gives the item, not a tuple; of none, fails
        return bytes(table[s] for s in samples)
    # One C call looks every sample up in the table (a map of table.__getitem__ costs a
    # Python-level call per sample: 1.6x slower).
    return bytes(itemgetter(*samples)(table))


def _decode(law: str, data: object, name: str) -> bytes:
    # Both laws decode alike, through their tables: two translations, interleaved.
    if not isinstance(data, bytes | bytearray | memoryview):
        raise InvalidArgumentError(f"{name} takes G.711 bytes, got {type(data).__name__}")
    codes = bytes(cast("bytes | bytearray | memoryview[int]", data))
    low, high = _decode_tables(law)
    pcm = bytearray(2 * len(codes))
    pcm[0::2] = codes.translate(low)
    pcm[1::2] = codes.translate(high)
    return bytes(pcm)


def pcm16_to_ulaw(pcm: bytes | bytearray | memoryview) -> bytes:
    """Encode mono PCM16 (little-endian) as G.711 u-law, one byte per sample.

    Example:
        >>> pcm16_to_ulaw(b"\\x00\\x00\\xff\\x7f")
        b'\\xff\\x80'
    """
    return _encode("u", pcm, "PCMU.encode")


def pcm16_to_alaw(pcm: bytes | bytearray | memoryview) -> bytes:
    """Encode mono PCM16 (little-endian) as G.711 A-law, one byte per sample.

    Example:
        >>> pcm16_to_alaw(b"\\x00\\x00\\xff\\x7f")
        b'\\xd5\\xaa'
    """
    return _encode("a", pcm, "PCMA.encode")


def ulaw_to_pcm16(data: bytes | bytearray | memoryview) -> bytes:
    """Decode G.711 u-law to mono PCM16 (little-endian), two bytes per sample.

    Example:
        >>> ulaw_to_pcm16(b"\\xff")
        b'\\x00\\x00'
    """
    return _decode("u", data, "PCMU.decode")


def alaw_to_pcm16(data: bytes | bytearray | memoryview) -> bytes:
    """Decode G.711 A-law to mono PCM16 (little-endian), two bytes per sample.

    Example:
        >>> alaw_to_pcm16(b"\\xd5")
        b'\\x08\\x00'
    """
    return _decode("a", data, "PCMA.decode")
