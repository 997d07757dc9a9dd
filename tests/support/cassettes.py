"""A vcrpy configuration that never writes a secret into a cassette.

Playback only by default; set ``REALTIME_EXT_RECORD=1`` to record missing cassettes.
Requests match on method, path and body, so the random Prism port never matters.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import vcr  # type: ignore[import-untyped]  # vcrpy ships no type information
from vcr.request import Request  # type: ignore[import-untyped]

from support.pinned_spec import REPO_ROOT
from support.secret_patterns import redact_bytes, redact_text

CASSETTE_DIR = REPO_ROOT / "tests" / "cassettes"
RECORD_ENV = "REALTIME_EXT_RECORD"

# Replaced rather than dropped, so a cassette still shows that the header was sent.
SENSITIVE_HEADERS = (
    ("authorization", "Bearer <redacted>"),
    ("openai-organization", "<redacted>"),
    ("openai-project", "<redacted>"),
)


def _redact(value: Any) -> Any:
    if isinstance(value, bytes):
        return redact_bytes(value)
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, list):
        return [_redact(v) for v in value]
    return value


def scrub_request(request: Request) -> Request:
    """Redact secrets in a request's URL, headers and body (vcrpy ``before_record_request``).

    Example:
        >>> r = scrub_request(Request("POST", "http://h/x", b'{"k": "sk-test-abc123"}', {}))
        >>> r.body
        b'{"k": "sk-REDACTED"}'
    """
    request.uri = redact_text(request.uri)
    request.headers = {k: _redact(v) for k, v in request.headers.items()}
    if request.body is not None:
        request.body = _redact(request.body)
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """Redact secrets in a recorded response's headers and body (``before_record_response``).

    Example:
        >>> scrub_response({"headers": {}, "body": {"string": b'{"value": "ek_abc123def"}'}})
        {'headers': {}, 'body': {'string': b'{"value": "ek_REDACTED"}'}}
    """
    headers = response.get("headers") or {}
    response["headers"] = {k: _redact(v) for k, v in headers.items()}
    body = response.get("body")
    if isinstance(body, dict) and "string" in body:
        body["string"] = _redact(body["string"])
    return response


def record_mode_from_env(environ: dict[str, str] | None = None) -> str:
    """``"once"`` when ``REALTIME_EXT_RECORD=1`` is set, else ``"none"`` (playback only).

    Example:
        >>> record_mode_from_env({"REALTIME_EXT_RECORD": "1"})
        'once'
    """
    value = (os.environ if environ is None else environ).get(RECORD_ENV, "")
    if value not in ("", "0", "1"):
        raise ValueError(f"{RECORD_ENV} must be 0 or 1, got {value!r}")
    return "once" if value == "1" else "none"


def make_vcr(cassette_dir: Path = CASSETTE_DIR, *, record_mode: str | None = None) -> vcr.VCR:
    """A ``vcr.VCR`` that scrubs secrets; ``record_mode`` defaults to the environment's.

    Example:
        >>> my_vcr = make_vcr()
        >>> with my_vcr.use_cassette("client_secrets_create.yaml"):  # doctest: +SKIP
        ...     client.realtime.client_secrets.create()
    """
    return vcr.VCR(
        cassette_library_dir=str(cassette_dir),
        record_mode=record_mode or record_mode_from_env(),
        match_on=("method", "path", "body"),
        filter_headers=SENSITIVE_HEADERS,
        before_record_request=scrub_request,
        before_record_response=scrub_response,
        # Decoded first, so that the scrubber also sees secrets inside gzip bodies.
        decode_compressed_response=True,
    )
