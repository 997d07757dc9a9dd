"""Configuration: arguments beat the environment; headers, timeouts, pools."""

from __future__ import annotations

import httpx
import pytest

import realtime_generated
from realtime_ext import AsyncRealtimeClient, InvalidArgumentError, RealtimeClient
from realtime_ext._config import DEFAULT_BASE_URL, MissingAPIKeyError
from realtime_ext.connection import connect

from ._helpers import API_KEY, Recorder, make_client, secret_body

ENV = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "OPENAI_ORG_ID",
    "OPENAI_PROJECT_ID",
    "OPENAI_WEBHOOK_SECRET",
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)


def test_missing_api_key_is_a_clear_error_at_construction() -> None:
    with pytest.raises(MissingAPIKeyError, match="OPENAI_API_KEY"):
        RealtimeClient()
    with pytest.raises(MissingAPIKeyError):
        AsyncRealtimeClient(api_key="")


def test_environment_is_used_when_no_arguments(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1/")
    monkeypatch.setenv("OPENAI_ORG_ID", "org-env")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj-env")
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", "whsec_env")
    with RealtimeClient() as client:
        assert client.api_key == "sk-env"
        assert client.base_url == "http://127.0.0.1:9/v1"
        assert (client.organization, client.project) == ("org-env", "proj-env")
        assert client.webhook_secret == "whsec_env"


def test_arguments_beat_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("OPENAI_ORG_ID", "org-env")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj-env")
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", "whsec_env")
    with RealtimeClient(
        api_key="sk-arg",
        base_url="http://127.0.0.1:8/x",
        organization="org-arg",
        project="proj-arg",
        webhook_secret="whsec_arg",
    ) as client:
        assert client.api_key == "sk-arg"
        assert client.base_url == "http://127.0.0.1:8/x"
        assert (client.organization, client.project) == ("org-arg", "proj-arg")
        assert client.webhook_secret == "whsec_arg"


def test_defaults() -> None:
    with RealtimeClient(api_key=API_KEY) as client:
        assert client.base_url == DEFAULT_BASE_URL
        assert client.max_retries == 2
        assert client.timeout == httpx.Timeout(600.0, connect=5.0)
        assert client.organization is None and client.webhook_secret is None


# "": refused as connect() refuses it (both take the one default of _config), not
# silently replaced by OpenAI's URL.
@pytest.mark.parametrize("base_url", ["api.openai.com/v1", "ftp://x/v1", "/v1", ""])
def test_bad_base_url_is_refused(base_url: str) -> None:
    with pytest.raises(InvalidArgumentError, match="base_url"):
        RealtimeClient(api_key=API_KEY, base_url=base_url)
    with pytest.raises(InvalidArgumentError, match=r"(?i)base.url"):
        connect(api_key=API_KEY, base_url=base_url, model="gpt-realtime")


@pytest.mark.parametrize("value", [-1, True, 1.5])
def test_bad_max_retries_is_refused(value: object) -> None:
    with pytest.raises(InvalidArgumentError, match="max_retries"):
        RealtimeClient(api_key=API_KEY, max_retries=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [0, -3, "10"])
def test_bad_timeout_is_refused(value: object) -> None:
    with pytest.raises(InvalidArgumentError, match="timeout"):
        RealtimeClient(api_key=API_KEY, timeout=value)  # type: ignore[arg-type]


def test_request_headers() -> None:
    rec = Recorder([httpx.Response(200, json=secret_body())])
    with make_client(
        rec, organization="org-1", project="proj-1", default_headers={"X-App": "demo"}
    ) as client:
        client.client_secrets.create(extra_headers={"X-Trace": "t1"})
    headers = rec.last.headers
    assert headers["authorization"] == f"Bearer {API_KEY}"
    assert headers["openai-organization"] == "org-1"
    assert headers["openai-project"] == "proj-1"
    assert headers["x-app"] == "demo"
    assert headers["x-trace"] == "t1"
    assert headers["accept"] == "application/json"
    assert headers["content-type"] == "application/json"
    agent = headers["user-agent"]
    assert agent.startswith("realtime-ext/")
    assert f"realtime-generated/{realtime_generated.__version__}" in agent


def test_no_org_or_project_headers_unless_configured() -> None:
    rec = Recorder([httpx.Response(200)])
    with make_client(rec) as client:
        client.calls.hangup("rtc_1")
    assert "openai-organization" not in rec.last.headers
    assert "openai-project" not in rec.last.headers


def test_timeouts_reach_the_request() -> None:
    rec = Recorder([httpx.Response(200)])
    with make_client(rec, timeout=12.0) as client:
        client.calls.hangup("rtc_1")
        assert rec.last.extensions["timeout"]["read"] == 12.0
        client.calls.hangup("rtc_1", timeout=3)
        assert rec.last.extensions["timeout"] == httpx.Timeout(3.0).as_dict()
        client.calls.hangup("rtc_1", timeout=None)
        assert rec.last.extensions["timeout"]["read"] is None


def test_caller_http_client_timeout_is_the_default() -> None:
    http = httpx.Client(timeout=7.0)
    client = RealtimeClient(api_key=API_KEY, http_client=http)
    assert client.timeout == httpx.Timeout(7.0)
    client.close()
    assert not http.is_closed  # the caller owns it
    http.close()


def test_own_pool_is_closed_by_the_context_manager() -> None:
    with RealtimeClient(api_key=API_KEY) as client:
        pool = client._http
    assert pool.is_closed


async def test_async_own_pool_is_closed_by_the_context_manager() -> None:
    async with AsyncRealtimeClient(api_key=API_KEY) as client:
        pool = client._http
    assert pool.is_closed


def test_json_bodies_are_compact() -> None:
    rec = Recorder([httpx.Response(200, json=secret_body())])
    with make_client(rec) as client:
        client.client_secrets.create(session={"type": "realtime", "instructions": "Héllo"})
    assert rec.last.content == '{"session":{"type":"realtime","instructions":"Héllo"}}'.encode()


def test_importing_the_client_stays_cheap() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from realtime_ext._client_sync import RealtimeClient; "
        "c = RealtimeClient(api_key='sk-x'); "
        "heavy = ('websockets', 'realtime_ext.sdp', 'realtime_ext.connection', "
        "'realtime_ext._resources.calls', 'realtime_ext.webhooks', 'asyncio'); "
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"


def test_the_translation_rest_endpoints_stay_cheap() -> None:
    """``client.translations`` loads its REST part only: a server that mints translation
    client secrets never loads the session machinery (WebSocket, conversation core, event
    decoders), which ``connect`` loads on first use."""
    import subprocess
    import sys

    code = (
        "import sys; from realtime_ext import RealtimeClient; "
        "c = RealtimeClient(api_key='sk-x'); c.translations.client_secrets; "
        "heavy = ('websockets', 'realtime_ext.conversation', 'realtime_ext.connection', "
        "'realtime_ext.events', 'realtime_ext.webrtc', 'realtime_ext.translation'); "
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"


def test_every_translation_name_loads() -> None:
    import realtime_ext.translation as translation

    assert [name for name in translation.__all__ if getattr(translation, name, None) is None] == []
    assert sorted(dir(translation)) == sorted(translation.__all__)
