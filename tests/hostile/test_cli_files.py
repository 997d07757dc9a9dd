"""Hostile files given to the CLI: one error line and exit 1, never a traceback, in budget."""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from realtime_ext.cli import main
from realtime_ext.webhooks import sign

from .conftest import Budget

SECRET = "whsec_" + "c2VjcmV0LWtleS1mb3ItaG9zdGlsZS10ZXN0cw=="
HEAD = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


SDP_FILES: dict[str, bytes] = {
    "20 MB file": b"v=0\r\n" + b"a=x:" + b"y" * 20_000_000 + b"\r\n",
    "10 MB SDP": (HEAD + "a=x:" + "y" * 10_000_000 + "\r\n").encode(),
    "whitespace group": (HEAD + "a=group:  \r\n").encode(),
    "whitespace ssrc-group": (HEAD + "m=audio 9 RTP/AVP 0\r\na=ssrc-group: \r\n").encode(),
    "5000-digit number": (HEAD + "m=audio " + "9" * 5000 + " RTP/AVP 0\r\n").encode(),
    "not UTF-8": b"v=0\r\n\xff\xfe\r\n",
    "NUL": (HEAD + "a=x:\x00\r\n").encode(),
}


@pytest.mark.parametrize("name", list(SDP_FILES))
@pytest.mark.parametrize("validate", [[], ["--validate", "offer"]], ids=["inspect", "validate"])
def test_sdp_inspect(
    budget: Callable[..., Budget], tmp_path: Path, name: str, validate: list[str]
) -> None:
    path = tmp_path / "hostile.sdp"
    path.write_bytes(SDP_FILES[name])
    code, _, err = budget(seconds=30, mib=96).run(
        lambda: _run(["sdp", "inspect", str(path), *validate])
    )
    assert code == 1
    assert err.startswith("realtime-ext: error:") and err.count("\n") == 1, err[:500]
    assert "Traceback" not in err


def test_an_endless_file_is_refused_at_the_cap(budget: Callable[..., Budget]) -> None:
    code, _, err = budget(seconds=30, mib=64).run(lambda: _run(["sdp", "inspect", "/dev/zero"]))
    assert code == 1 and "larger than 16 MiB" in err


BODY = '{"type": "realtime.call.incoming", "data": {"call_id": "rtc_1"}}'


def _webhook_files(kind: str) -> tuple[str, str]:
    headers = dict(sign(BODY, SECRET))
    body = BODY
    if kind == "5000-digit timestamp":
        headers["webhook-timestamp"] = "9" * 5000
    elif kind == "deep headers JSON":
        return body, '{"a":' * 100_000 + "1" + "}" * 100_000
    elif kind == "huge number in headers JSON":
        return body, '{"webhook-id": ' + "9" * 5000 + "}"
    elif kind == "deep signed body":
        body = '{"type":"realtime.call.incoming","data":' + "[" * 100_000 + "]" * 100_000 + "}"
        headers = dict(sign(body, SECRET))
    elif kind == "whitespace headers":
        headers = {"webhook-id": " ", "webhook-timestamp": " ", "webhook-signature": " "}
    return body, json.dumps(headers)


@pytest.mark.parametrize(
    "kind",
    [
        "5000-digit timestamp",
        "deep headers JSON",
        "huge number in headers JSON",
        "deep signed body",
        "whitespace headers",
    ],
)
def test_webhook_verify(budget: Callable[..., Budget], tmp_path: Path, kind: str) -> None:
    body, headers = _webhook_files(kind)
    payload_file, headers_file = tmp_path / "body.json", tmp_path / "headers.json"
    payload_file.write_text(body)
    headers_file.write_text(headers)
    argv = ["webhook", "verify", "--payload", str(payload_file), "--headers", str(headers_file)]
    code, _, err = budget(seconds=30, mib=64).run(lambda: _run([*argv, "--secret", SECRET]))
    assert code == 1, err
    assert err.startswith("realtime-ext: error:") and "Traceback" not in err, err[:500]
    assert SECRET not in err
