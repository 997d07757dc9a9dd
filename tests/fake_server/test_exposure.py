"""Who can reach the fake server: pages on this machine only (CORS and WebSocket origins),
and no address other machines can reach unless asked (``--allow-remote``), for
``realtime-ext serve-fake`` and ``realtime-ext record`` alike.

The fake accepts any key, so ``Access-Control-Allow-Origin: *`` let any web page a developer
visited mint keys and open sessions on a fake running on their machine, and
``serve-fake --host 0.0.0.0`` exposed it to the network without a word.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

import realtime_ext.testing.__main__ as serve_cli
from realtime_ext.cli import main as cli_main
from realtime_ext.testing import FakeRealtimeServer

KEY = {"Authorization": "Bearer sk-test"}
EVIL = "https://evil.example"
LOCAL = ["http://localhost:5173", "http://127.0.0.1:8000", "https://[::1]:8443", "http://localhost"]


def _mint(server: FakeRealtimeServer, origin: str) -> httpx.Response:
    return httpx.post(
        f"{server.base_url}/realtime/client_secrets",
        json={},
        headers={**KEY, "Origin": origin},
        timeout=10,
        verify=False,  # plain http:// on 127.0.0.1: no CA bundle to load (40 ms of CPU)
    )


def _preflight(server: FakeRealtimeServer, origin: str) -> httpx.Response:
    return httpx.options(
        f"{server.base_url}/realtime/calls",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization,content-type",
        },
        timeout=10,
        verify=False,  # plain http:// on 127.0.0.1: no CA bundle to load (40 ms of CPU)
    )


# -- CORS ---------------------------------------------------------------------------------
def test_a_page_on_another_origin_is_refused() -> None:
    with FakeRealtimeServer() as server:
        minted = _mint(server, EVIL)
        assert minted.status_code == 403
        assert minted.json()["error"]["code"] == "origin_not_allowed"
        assert "access-control-allow-origin" not in minted.headers
        pre = _preflight(server, EVIL)
        assert pre.status_code == 403 and "access-control-allow-origin" not in pre.headers
        # Nothing was minted for the page.
        assert server.rest.secrets == {}


@pytest.mark.parametrize("origin", LOCAL)
def test_pages_on_this_machine_are_served_with_their_origin_echoed(origin: str) -> None:
    with FakeRealtimeServer() as server:
        pre = _preflight(server, origin)
        assert pre.status_code == 204
        assert pre.headers["access-control-allow-origin"] == origin
        minted = _mint(server, origin)
        assert minted.status_code == 200
        assert minted.headers["access-control-allow-origin"] == origin
        assert "Origin" in minted.headers["vary"]


@pytest.mark.parametrize(
    "origin", ["http://localhost.evil.example", "http://127.0.0.1.evil.example", "null", "file://"]
)
def test_look_alike_origins_are_not_local(origin: str) -> None:
    with FakeRealtimeServer() as server:
        assert _mint(server, origin).status_code == 403


def test_requests_without_an_origin_are_not_pages() -> None:
    with FakeRealtimeServer() as server:
        response = httpx.post(f"{server.base_url}/realtime/client_secrets", json={}, headers=KEY)
        assert response.status_code == 200
        assert "access-control-allow-origin" not in response.headers


def test_cors_origins_allow_named_pages_or_any() -> None:
    with FakeRealtimeServer(cors_origins=["https://app.example/"]) as server:
        assert _mint(server, "https://app.example").status_code == 200
        assert _mint(server, EVIL).status_code == 403
    with FakeRealtimeServer(cors_origins=["*"]) as server:
        minted = _mint(server, EVIL)
        assert minted.status_code == 200
        assert minted.headers["access-control-allow-origin"] == EVIL


def test_a_page_on_another_origin_cannot_open_a_websocket() -> None:
    # Browsers open WebSockets to any origin (no CORS), sending Origin: the fake refuses.
    with FakeRealtimeServer() as server:
        with pytest.raises(InvalidStatus) as refused:
            connect(server.realtime_url(), additional_headers=KEY, origin=EVIL)  # type: ignore[arg-type]
        assert refused.value.response.status_code == 403
        with connect(
            server.realtime_url(),
            additional_headers=KEY,
            origin="http://localhost:3000",  # type: ignore[arg-type]
        ) as ws:
            assert '"session.created"' in str(ws.recv(timeout=10))
        assert len(server.connections) == 1


# -- --host and --allow-remote ------------------------------------------------------------
@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[FakeRealtimeServer]:
    servers: list[FakeRealtimeServer] = []

    def run(server: FakeRealtimeServer, host: str, port: int) -> int:
        servers.append(server)
        return 0

    monkeypatch.setattr(serve_cli, "_run", run)
    return servers


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "example.com"])
def test_serve_fake_refuses_a_reachable_host(
    host: str, started: list[FakeRealtimeServer], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["serve-fake", "--host", host]) == 2
    assert started == []
    err = capsys.readouterr().err
    assert "not a loopback address" in err and "--allow-remote" in err


def test_record_refuses_a_reachable_host(
    tmp_path: Path, started: list[FakeRealtimeServer], capsys: pytest.CaptureFixture[str]
) -> None:
    cassette = str(tmp_path / "session.jsonl")
    assert cli_main(["record", "--cassette", cassette, "--host", "0.0.0.0"]) == 2
    assert started == [] and "--allow-remote" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["serve-fake", "record"])
def test_allow_remote_binds_with_a_warning(
    command: str,
    tmp_path: Path,
    started: list[FakeRealtimeServer],
    capsys: pytest.CaptureFixture[str],
) -> None:
    extra = ["--cassette", str(tmp_path / "s.jsonl")] if command == "record" else []
    assert cli_main([command, *extra, "--host", "0.0.0.0", "--allow-remote"]) == 0
    assert started[0].host == "0.0.0.0"
    assert "warning:" in capsys.readouterr().err


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.2"])
def test_loopback_hosts_need_nothing(
    host: str, started: list[FakeRealtimeServer], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["serve-fake", "--host", host]) == 0
    assert started[0].host == host and capsys.readouterr().err == ""


def test_serve_fake_cors_origin_flag(started: list[FakeRealtimeServer]) -> None:
    assert cli_main(["serve-fake", "--cors-origin", "https://app.example"]) == 0
    assert started[0].cors.allows("https://app.example")
    assert not started[0].cors.allows(EVIL)
