"""The bridge's outbound Twilio messages: formatted on the hot path, the same text as JSON
encoding gives, whatever the ids and payloads hold (quotes, escapes, non-ASCII)."""

from __future__ import annotations

import base64
import json

import pytest

from realtime_ext._json import strict_loads
from realtime_ext.telephony import _twilio as twilio

SIDS = ["MZ18ad3ab5a668481ce02b83e7395059f0", 'M"Z\\1', "MZ\u00e9\n"]
TEXTS = [base64.b64encode(bytes(range(160))).decode(), "rx12", "", 'a"b', "\\u0000", "\u00e9"]


@pytest.mark.parametrize("sid", SIDS)
@pytest.mark.parametrize("text", TEXTS)
def test_media_and_mark_are_the_json_encoding_byte_for_byte(sid: str, text: str) -> None:
    for build, event, key in ((twilio.media, "media", "payload"), (twilio.mark, "mark", "name")):
        message = {"event": event, "streamSid": sid, event: {key: text}}
        assert build(sid, text) == json.dumps(message, separators=(",", ":"))
        assert strict_loads(build(sid, text)) == message


def test_strict_loads_refuses_what_json_loads_refuses_and_the_constants() -> None:
    with pytest.raises(ValueError, match="NaN is not a JSON value"):
        strict_loads('{"a": NaN}')
    with pytest.raises(json.JSONDecodeError, match="BOM"):
        strict_loads('\ufeff{"a": 1}')
    assert strict_loads(b'{"a": 1}') == {"a": 1}
