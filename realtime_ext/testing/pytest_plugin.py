"""The ``realtime_cassette`` pytest fixture: record a Realtime session once, replay it offline.

Installed with ``pip install 'realtime-ext[testing]'`` and loaded by pytest through the
``pytest11`` entry point. Each test gets a local server that replays its cassette (or, in
a recording mode, proxies to the real API and writes the cassette), and
``OPENAI_BASE_URL``/``OPENAI_API_KEY`` pointing at it, so apps that build their clients
from the environment (``openai.OpenAI()``, ``RealtimeClient()``) need no change::

    def test_weather_agent(realtime_cassette):
        client = openai.OpenAI()  # or base_url=realtime_cassette.base_url
        with client.realtime.connect(model="gpt-realtime") as conn:
            ...

Record modes, as vcrpy's (``--realtime-record-mode`` or the marker's ``record_mode=``):

- ``once`` (default): replay the cassette if it exists, else record it;
- ``none``: replay only; a missing cassette or anything new fails the test;
- ``new_episodes``: replay what was recorded, record (append) what was not;
- ``all``: record again, overwriting.

Cassettes live in ``cassettes/<test module>/<test name>.jsonl`` next to the test file
(``realtime_cassette_dir`` ini option to change the folder). A client that strays from the
recording gets an ``error`` event naming the first difference, and the test fails with it;
a session that leaves part of the recording unplayed (a request or connection never made,
client events never sent) fails in record mode ``none`` and warns in the others.
Recording forwards to ``--realtime-upstream`` (default ``https://api.openai.com/v1``) with
the app's real key, which never reaches the cassette (nor any other secret).

>>> @pytest.mark.realtime_cassette("weather.jsonl", record_mode="none", timing="recorded")
... def test_replayed(realtime_cassette): ...
>>> test_replayed.pytestmark[0].kwargs["record_mode"]
'none'
"""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ._cassette import cassette_leaks
from ._errors import RealtimeCassetteWarning
from ._fixture import RealtimeCassette
from ._server import RECORD_MODES, FakeRealtimeServer

# Nothing here is imported by name: pytest loads the module by its entry point and finds the
# hooks and the fixture itself (the fixture's object, RealtimeCassette, is
# realtime_ext.testing's).
__all__: list[str] = []

DEFAULT_UPSTREAM = "https://api.openai.com/v1"

REPLAY_KEY = "sk-cassette-replay"


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--realtime-record-mode``, ``--realtime-upstream`` and two ini options."""
    group = parser.getgroup("realtime", "Realtime session cassettes (realtime-ext)")
    group.addoption(
        "--realtime-record-mode",
        choices=RECORD_MODES,
        default=None,
        help="record mode of the realtime_cassette fixture (default: once)",
    )
    group.addoption(
        "--realtime-upstream",
        default=None,
        help=f"where recordings are made (default {DEFAULT_UPSTREAM})",
    )
    parser.addini("realtime_cassette_dir", "folder of Realtime cassettes (default: cassettes)")
    parser.addini("realtime_record_mode", "default record mode (once, none, new_episodes, all)")


def pytest_configure(config: pytest.Config) -> None:
    """Declare the ``realtime_cassette`` marker."""
    config.addinivalue_line(
        "markers",
        "realtime_cassette(path=None, *, record_mode=None, upstream=None, timing='compressed'): "
        "options of the realtime_cassette fixture",
    )


def _name(node: pytest.Item) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", node.name).strip("_") + ".jsonl"


def _default_path(request: pytest.FixtureRequest) -> Path:
    folder = request.config.getini("realtime_cassette_dir") or "cassettes"
    test_file = Path(str(request.node.path))
    return test_file.parent / folder / test_file.stem / _name(request.node)


@pytest.fixture
def realtime_cassette(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[RealtimeCassette]:
    """A local Realtime server replaying (or recording) this test's session cassette."""
    marker = request.node.get_closest_marker("realtime_cassette")
    args: tuple[Any, ...] = marker.args if marker else ()
    options: dict[str, Any] = dict(marker.kwargs) if marker else {}
    given = args[0] if args else options.pop("path", None)
    options.pop("path", None)
    if given is None:
        path = _default_path(request)
    else:
        # Relative paths are relative to the test file's folder.
        path = Path(given)
        if not path.is_absolute():
            path = Path(str(request.node.path)).parent / path
    mode = (
        options.pop("record_mode", None)
        or request.config.getoption("--realtime-record-mode")
        or request.config.getini("realtime_record_mode")
        or "once"
    )
    if mode not in RECORD_MODES:
        raise pytest.UsageError(f"realtime_cassette: record_mode must be one of {RECORD_MODES}")
    upstream = (
        options.pop("upstream", None)
        or request.config.getoption("--realtime-upstream")
        or DEFAULT_UPSTREAM
    )
    timing = options.pop("timing", "compressed")
    if options:
        raise pytest.UsageError(f"realtime_cassette: unknown options {sorted(options)}")
    exists = path.exists() and path.stat().st_size > 0
    records = mode in ("all", "new_episodes") or (mode == "once" and not exists)
    if mode == "none" and not exists:
        pytest.fail(
            f"realtime_cassette: {path} does not exist and record mode is 'none'; record it "
            "with --realtime-record-mode=once and a real OPENAI_API_KEY",
            pytrace=False,
        )
    key = os.environ.get("OPENAI_API_KEY") if records else REPLAY_KEY
    if not key:
        pytest.fail(
            f"realtime_cassette: recording {path} needs OPENAI_API_KEY (record mode {mode!r})",
            pytrace=False,
        )
    server = FakeRealtimeServer(
        cassette=path,
        record_mode=mode,
        upstream=upstream if records else None,
        cassette_timing=timing,
        scrub=[key],
    )
    with server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", key)
        yield RealtimeCassette(server, path, mode, key)
    mismatches = server.cassette_mismatches
    if mismatches:
        pytest.fail(
            "the Realtime session differs from its cassette:\n  " + "\n  ".join(mismatches),
            pytrace=False,
        )
    unplayed = server.cassette_unplayed
    if unplayed:
        message = "the Realtime session left part of its cassette unplayed:\n  " + "\n  ".join(
            unplayed
        )
        if mode == "none":  # CI: a session that does less than it did is a failure
            pytest.fail(message, pytrace=False)
        warnings.warn(message, RealtimeCassetteWarning, stacklevel=1)
    if records and path.exists():
        # Every kind of secret, in every body kind (binary ones decoded), not only the key.
        leaked = cassette_leaks(path, [key])
        if leaked:
            pytest.fail(
                f"realtime_cassette: secrets leaked into {path}: {', '.join(leaked)}",
                pytrace=False,
            )
