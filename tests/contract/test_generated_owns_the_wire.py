"""The generated layer owns the wire of realtime_ext's requests (call actions, client secrets,
translation client secrets and calls, beta sessions): change a method, a path, a field name or
a multipart part (its name, Content-Type or place) in a temporary copy of
``realtime_generated`` and realtime_ext's requests follow, with no edit to realtime_ext.

The copy is imported first on ``PYTHONPATH`` by a child interpreter, which drives
``client.calls`` against an ``httpx.MockTransport`` and prints what went on the wire.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated" / "realtime_generated"

DRIVER = r"""
import email.parser
import email.policy
import json
import httpx
import realtime_generated
from realtime_ext._client_sync import RealtimeClient

sent = []
OFFER = open(OFFER_PATH, encoding="utf-8").read()

def parts(request):
    # [name, Content-Type, the content is the offer] of each multipart part, in order.
    head = b"Content-Type: " + request.headers["content-type"].encode() + b"\r\n\r\n"
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.content)
    return [
        [
            part.get_param("name", header="content-disposition"),
            part["content-type"],
            part.get_payload(decode=True) == OFFER.encode(),
        ]
        for part in message.iter_parts()
    ]

def answer(request):
    request.read()
    try:
        body = json.loads(request.content or b"null")
    except ValueError:
        body = request.headers["content-type"].split(";")[0]  # SDP or multipart
    record = {"method": request.method, "path": request.url.path, "body": body}
    if body == "multipart/form-data":
        record["parts"] = parts(request)
    sent.append(record)
    return httpx.Response(200)

http = httpx.Client(transport=httpx.MockTransport(answer))
client = RealtimeClient(api_key="sk-test", base_url="https://api.test/v1", http_client=http)
client.calls.hangup("rtc_1")
client.calls.refer("rtc_1", target_uri="tel:+14155550123")
client.calls.reject("rtc_1", status_code=486)
client.calls.accept("rtc_1", session={"model": "gpt-realtime"})
for make in (
    lambda: client.client_secrets.create(expires_after=600),
    lambda: client.translations.client_secrets.create(session={"model": "gpt-realtime-translate"}),
    lambda: client.sessions.create(model="gpt-realtime"),
    lambda: client.transcription_sessions.create(),
    lambda: client.calls.create(sdp=OFFER),
    lambda: client.calls.create(sdp=OFFER, session={"model": "gpt-realtime"}),
    lambda: client.translations.calls.create(sdp=OFFER),
):
    try:
        make()
    except Exception:
        pass  # the empty 200 answer does not decode; the request is what matters here
print(json.dumps({"generated": realtime_generated.__file__, "sent": sent}))
"""


def _drive(generated_parent: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(generated_parent), str(ROOT)])}
    offer = ROOT / "tests" / "data" / "sdp" / "chrome_audio_offer.sdp"
    driver = f"OFFER_PATH = {str(offer)!r}\n" + DRIVER
    out = subprocess.run(
        [sys.executable, "-c", driver], capture_output=True, text=True, env=env, check=False
    )
    assert out.returncode == 0, out.stderr[-3000:]
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _patch(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path.name} no longer holds {old!r}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_ext_requests_follow_a_patched_generated_layer(tmp_path: Path) -> None:
    before = _drive(ROOT / "generated")
    assert [s["path"] for s in before["sent"]] == [  # type: ignore[index, union-attr]
        "/v1/realtime/calls/rtc_1/hangup",
        "/v1/realtime/calls/rtc_1/refer",
        "/v1/realtime/calls/rtc_1/reject",
        "/v1/realtime/calls/rtc_1/accept",
        "/v1/realtime/client_secrets",
        "/v1/realtime/translations/client_secrets",
        "/v1/realtime/sessions",
        "/v1/realtime/transcription_sessions",
        "/v1/realtime/calls",
        "/v1/realtime/calls",
        "/v1/realtime/translations/calls",
    ]
    assert before["sent"][-3]["body"] == "application/sdp"  # type: ignore[index]
    assert before["sent"][-2]["body"] == "multipart/form-data"  # type: ignore[index]
    # The part names, order and types are the generated model's (the spec's encoding).
    assert before["sent"][-2]["parts"] == [  # type: ignore[index]
        ["sdp", "application/sdp", True],
        ["session", "application/json", False],
    ]
    assert before["sent"][-1]["body"] == "application/sdp"  # type: ignore[index]
    assert {s["method"] for s in before["sent"]} == {"POST"}  # type: ignore[union-attr]
    assert before["sent"][2]["body"] == {"status_code": 486}  # type: ignore[index]
    assert before["sent"][4]["body"] == {  # type: ignore[index]
        "expires_after": {"anchor": "created_at", "seconds": 600}
    }

    copy = tmp_path / "realtime_generated"
    shutil.copytree(GENERATED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    api = copy / "api" / "realtime"
    _patch(
        api / "hangup_realtime_call.py",
        '"/realtime/calls/{call_id}/hangup"',
        '"/realtime/calls/{call_id}/end"',
    )
    _patch(
        api / "reject_realtime_call.py",
        '"/realtime/calls/{call_id}/reject"',
        '"/realtime/v2/calls/{call_id}/decline"',
    )
    _patch(
        copy / "models" / "realtime_call_refer_request.py",
        '"target_uri": target_uri',
        '"refer_to": target_uri',
    )
    _patch(
        copy / "models" / "realtime_call_reject_request.py",
        'field_dict["status_code"] = status_code',
        'field_dict["sip_status"] = status_code',
    )
    expires_after = copy / "models" / "realtime_create_client_secret_request_expires_after.py"
    _patch(expires_after, 'field_dict["seconds"] = seconds', 'field_dict["ttl_seconds"] = seconds')
    # Renamed on both sides, as a spec move renames a field (the body is checked against it).
    _patch(expires_after, 'd.pop("seconds", UNSET)', 'd.pop("ttl_seconds", UNSET)')
    # The method is the generated operation's too (realtime_ext spells no "POST").
    for operation in (
        "hangup_realtime_call",
        "create_realtime_client_secret",
        "create_realtime_call",
        "create_realtime_translation_call",
    ):
        _patch(api / f"{operation}.py", 'METHOD = "POST"', 'METHOD = "PUT"')

    _patch(
        api / "create_realtime_client_secret.py", '"/realtime/client_secrets"', '"/realtime/keys"'
    )
    _patch(api / "create_realtime_session.py", '"/realtime/sessions"', '"/realtime/beta/sessions"')
    _patch(api / "create_realtime_call.py", '"/realtime/calls"', '"/realtime/webrtc/calls"')
    _patch(
        api / "create_realtime_translation_call.py",
        '"/realtime/translations/calls"',
        '"/realtime/translate/calls"',
    )
    # The multipart body (the generated encode_multipart that realtime_ext frames it with):
    # a part renamed, the other's type changed, their order swapped.
    call_request = copy / "models" / "realtime_call_create_request.py"
    _patch(call_request, '_files.append(("sdp", (None,', '_files.append(("offer", (None,')
    _patch(call_request, '"application/json"', '"application/vnd.openai.session+json"')
    text = call_request.read_text(encoding="utf-8")
    offer_line = next(line for line in text.splitlines(keepends=True) if '("offer", (None,' in line)
    end = "        return _multipart.encode(_files)\n"
    assert end in text
    text = text.replace(offer_line, "", 1).replace(end, offer_line + end, 1)
    call_request.write_text(text, encoding="utf-8")

    after = _drive(tmp_path)
    assert str(after["generated"]).startswith(str(copy))
    sent = after["sent"]
    assert [s["path"] for s in sent] == [  # type: ignore[index, union-attr]
        "/v1/realtime/calls/rtc_1/end",
        "/v1/realtime/calls/rtc_1/refer",
        "/v1/realtime/v2/calls/rtc_1/decline",
        "/v1/realtime/calls/rtc_1/accept",
        "/v1/realtime/keys",
        "/v1/realtime/translations/client_secrets",
        "/v1/realtime/beta/sessions",
        "/v1/realtime/transcription_sessions",
        "/v1/realtime/webrtc/calls",
        "/v1/realtime/webrtc/calls",
        "/v1/realtime/translate/calls",
    ]
    assert sent[-2]["parts"] == [  # type: ignore[index]
        ["session", "application/vnd.openai.session+json", False],
        ["offer", "application/sdp", True],
    ]
    assert sent[1]["body"] == {"refer_to": "tel:+14155550123"}  # type: ignore[index]
    assert sent[2]["body"] == {"sip_status": 486}  # type: ignore[index]
    assert sent[3]["body"] == {"type": "realtime", "model": "gpt-realtime"}  # type: ignore[index]
    assert sent[4]["body"] == {  # type: ignore[index]
        "expires_after": {"anchor": "created_at", "ttl_seconds": 600}
    }
    assert [s["method"] for s in sent] == [  # type: ignore[index, union-attr]
        "PUT",  # hangup
        "POST",
        "POST",
        "POST",
        "PUT",  # client_secrets
        "POST",
        "POST",
        "POST",
        "PUT",  # calls.create
        "PUT",  # calls.create with a session (multipart)
        "PUT",  # translations.calls.create
    ]
