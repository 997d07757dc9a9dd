"""The API key, webhook secret and returned ek_ keys never show in reprs, errors or logs."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from realtime_ext import AsyncRealtimeClient, OpenAIError, RealtimeClient

from ._helpers import (
    API_KEY,
    OFFER,
    Recorder,
    answer_response,
    error_body,
    make_async_client,
    make_client,
    secret_body,
)

WEBHOOK_SECRET = "whsec_c2VjcmV0LXZhbHVlLVNFQ1JFVDEyMw=="
EK = "ek_live_SECRETVALUE987"
SECRETS = (API_KEY, WEBHOOK_SECRET, EK, "SECRET123", "SECRETVALUE987")


def _echo_key(status: int) -> httpx.Response:
    # Servers sometimes quote the key they refused; the client must not pass it on.
    return httpx.Response(
        status,
        json=error_body(f"Incorrect API key provided: {API_KEY}. Or {WEBHOOK_SECRET}?"),
        headers={"x-request-id": "req_x"},
    )


def _scan(*texts: str) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, f"{secret[:6]}... leaked in {text[:200]!r}"


def _exc_texts(exc: BaseException) -> list[str]:
    return [str(exc), repr(exc), "".join(traceback.format_exception(exc))]


ERROR_REPLIES: list[Any] = [
    *(_echo_key(code) for code in (400, 401, 403, 404, 409, 422, 429, 500, 418)),
    httpx.ConnectError(f"refused {API_KEY}"),
    httpx.ReadTimeout(f"timed out {API_KEY}"),
    httpx.Response(200, text=f"not json {EK}"),
    httpx.Response(200, json={"value": EK}),
]

CALLS: list[Callable[[RealtimeClient], object]] = [
    lambda c: c.client_secrets.create(expires_after=600),
    lambda c: c.calls.create(sdp=OFFER),
    lambda c: c.calls.hangup("rtc_1"),
    lambda c: c.sessions.create(),
]


def test_sync_error_paths_and_logs_are_clean(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    seen = 0
    for reply in ERROR_REPLIES:
        for call in CALLS:
            rec = Recorder([reply])
            with make_client(rec, webhook_secret=WEBHOOK_SECRET, max_retries=1) as client:
                _scan(repr(client), str(client), repr(client.webhooks), repr(client._transport))
                try:
                    result = call(client)
                except OpenAIError as exc:
                    seen += 1
                    _scan(*_exc_texts(exc))
                else:  # some endpoints accept a bare 200; their result is scanned instead
                    assert isinstance(reply, httpx.Response) and reply.status_code == 200
                    _scan(repr(result), str(result))
    failing = [r for r in ERROR_REPLIES if not isinstance(r, httpx.Response) or r.status_code > 200]
    assert seen >= len(failing) * len(CALLS)
    for bad in (
        lambda c: c.calls.create(sdp=""),
        lambda c: c.calls.hangup(""),
        lambda c: c.calls.refer("rtc", target_uri=API_KEY),
    ):
        with make_client(Recorder([httpx.Response(200)])) as client:
            with pytest.raises(OpenAIError) as info:
                bad(client)
            _scan(*_exc_texts(info.value))
    # The DEBUG records exist (so the scan means something) and hold no secrets.
    assert any(r.name == "realtime_ext" and "Retrying" in r.getMessage() for r in caplog.records)
    _scan(*(r.getMessage() for r in caplog.records), caplog.text)


def test_results_mask_the_ephemeral_key(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    beta = {"id": "sess_1", "client_secret": {"value": EK, "expires_at": 1_900_000_000}}
    rec = Recorder(
        [
            httpx.Response(200, json=secret_body(value=EK)),
            httpx.Response(200, json=beta),
            answer_response(),
        ]
    )
    with make_client(rec, webhook_secret=WEBHOOK_SECRET) as client:
        secret = client.client_secrets.create()
        session = client.sessions.create()
        answer = client.calls.create(sdp=OFFER)
        logging.getLogger("app").info("got %r %s %r %r", secret, secret, session, answer)
    assert secret.value == EK  # still usable
    assert "ek_***" in repr(secret)
    _scan(repr(secret), str(secret), repr(session), str(session), repr(answer))
    _scan(*(r.getMessage() for r in caplog.records))


async def test_async_error_paths_are_clean(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for reply in ERROR_REPLIES:
        rec = Recorder([reply])
        async with make_async_client(rec, webhook_secret=WEBHOOK_SECRET) as client:
            _scan(repr(client))
            with pytest.raises(OpenAIError) as info:
                await client.client_secrets.create()
            _scan(*_exc_texts(info.value))
    _scan(*(r.getMessage() for r in caplog.records))


def test_repr_of_unconfigured_clients() -> None:
    client = RealtimeClient(api_key=API_KEY, webhook_secret=WEBHOOK_SECRET)
    aclient = AsyncRealtimeClient(api_key=API_KEY)
    _scan(repr(client), repr(client._config), repr(aclient), repr(vars(client).get("_config")))
    client.close()


@pytest.mark.parametrize("cls", [RealtimeClient, AsyncRealtimeClient])
def test_repr_masks_credentials_in_the_base_url(cls: type[Any]) -> None:
    # A proxy's user:password and a query token ride in base_url; repr showed them whole.
    url = "https://agent:pr0xy-passw0rd@proxy.example/v1?token=tok-9f8e7d6c5b&model=gpt-realtime"
    client = cls(api_key=API_KEY, base_url=url)
    text = repr(client)
    assert "pr0xy-passw0rd" not in text and "tok-9f8e7d6c5b" not in text
    assert "https://agent:***@proxy.example/v1?token=***&model=gpt-realtime" in text
    assert client.base_url == url  # the client itself still uses the real URL
