"""Sessions opened at one instant on many threads, each in a fresh process (issue 77).

The event decoder learns each new message type into one process-wide msgspec union; two
threads learning the same type at once built a union with two members of one tag, which
msgspec refuses, and every later message of that type raised: 8 Realtime sessions opened on
8 threads answered 0 of 8 turns, and the process stayed broken. The suite's other tests run
asyncio or one thread, in processes already warmed up, so none of them could see it.

Here each run is a new interpreter (tests/threads/_users.py), so the first message of each
type arrives on every thread at once: Realtime, GPT-Live, a GPT-Live sideband and
translation on 8 threads, each in 4 processes; the three APIs mixed in one process; and 200
asyncio sessions on one loop. The server is one ``serve-fake`` process for the module.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.served_fake import ServedFake

USERS = Path(__file__).with_name("_users.py")
ROOT = Path(__file__).resolve().parents[2]
PROCESSES = 4  # fresh processes per kind: which thread learns first differs run to run
THREADS = 8


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    fake = ServedFake(tmp_path_factory.mktemp("threads"))
    try:
        fake.start()
        yield fake.base_url
    finally:
        fake.close()


def fresh_processes(kind: str, n: int, base_url: str, processes: int) -> list[dict[str, object]]:
    """Run ``_users.py kind n base_url`` in ``processes`` new interpreters side by side."""
    env = {**os.environ, "PYTHONPATH": f"{ROOT}:{ROOT / 'generated'}"}
    running = [
        subprocess.Popen(
            [sys.executable, str(USERS), kind, str(n), base_url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(processes)
    ]
    results = []
    for proc in running:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err[-2000:]
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


@pytest.mark.parametrize("kind", ["realtime", "live", "sideband", "translation"])
def test_blocking_sessions_on_threads_at_one_instant(kind: str, base_url: str) -> None:
    for result in fresh_processes(kind, THREADS, base_url, PROCESSES):
        assert result == {"answered": THREADS, "of": THREADS, "errors": []}


def test_three_apis_mixed_on_threads_in_one_process(base_url: str) -> None:
    for result in fresh_processes("mixed", 3, base_url, 2):  # 3 x 4 kinds = 12 threads
        assert result == {"answered": 12, "of": 12, "errors": []}


def test_200_asyncio_sessions_at_one_instant(base_url: str) -> None:
    (result,) = fresh_processes("asyncio", 200, base_url, 1)
    assert result == {"answered": 200, "of": 200, "errors": []}
