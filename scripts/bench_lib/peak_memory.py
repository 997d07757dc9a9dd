"""Peak memory (peak RSS) of a fresh interpreter, after import and after decoding.

The child reads ``VmHWM`` from ``/proc/self/status``: on Linux ``getrusage().ru_maxrss``
carries over across ``execve`` from the process that spawned it (here the bench itself,
with both packages loaded), so it would report the parent's peak. ``ru_maxrss`` is only the
fallback where ``/proc`` is missing. Every measurement is its own child interpreter, so
one side's allocations never count against the other. Decoded events are dropped as they
come (as a streaming client does), so the second figure is the peak while decoding, not a
store of 100k objects.

Example:
    >>> from bench_lib.peak_memory import run
    >>> items = run(Path("build/bench-events.jsonl"), events=1000, runs=1)  # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path

from . import subjects
from .child import run_last_line
from .report import Item, Measure

_REPORT = """
try:
    with open("/proc/self/status", encoding="ascii") as _status:
        print(_status.read().split("VmHWM:")[1].split()[0])  # KiB
except OSError:
    import resource
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)  # KiB on Linux
"""
_DECODE = (
    "frames = open({path!r}, encoding='utf-8').read().splitlines()\n"
    "size = len(frames)\n"
    "for index in range({count}):\n"
    "    parse(frames[index % size])\n"
)


def _peak_mib(code: str) -> float:
    return int(run_last_line(code + _REPORT)) / 1024


def _measure(code: str | None, runs: int) -> Measure | None:
    if code is None:
        return None
    return Measure([_peak_mib(code) for _ in range(runs)])


def run(mix_file: Path, *, events: int, runs: int) -> list[Item]:
    """Two rows: peak RSS (MiB) after importing, and after decoding ``events`` events."""
    ours_import, import_note = subjects.our_import()
    decode = _DECODE.format(path=str(mix_file), count=events)
    ours_snippet, decoder_note = subjects.our_decoder()
    ours_decode = None if ours_snippet is None else ours_snippet + decode
    bare = _measure("pass\n", runs)
    assert bare is not None
    return [
        Item(
            "peak RSS after import",
            "MiB",
            _measure(None if ours_import is None else ours_import + "\n", runs),
            _measure(subjects.OPENAI_IMPORT + "\n", runs),
            note=import_note,
            extra={"bare_interpreter_mib": bare.median},
        ),
        Item(
            f"peak RSS decoding {events:,} events",
            "MiB",
            _measure(ours_decode, runs),
            _measure(subjects.OPENAI_DECODER + decode, runs),
            note=decoder_note,
            extra={"events": events},
        ),
    ]
