"""Only what the caller set goes on the wire from the generated layer.

* No optional field of any model has a default other than UNSET, so a spec ``default`` (the
  server's assumption) is never sent unasked (it is kept in the docstring instead);
* a multipart ``None`` is no part at all, never the text ``"None"``.
"""

from __future__ import annotations

import inspect

import attrs

from realtime_generated import models
from realtime_generated.api.realtime import create_realtime_call
from realtime_generated.models import (
    RealtimeCallCreateRequest,
    RealtimeSessionCreateRequestGA,
)
from realtime_generated.types import UNSET, Unset


def _model_classes() -> list[type]:
    found = []
    for name in dir(models):
        cls = getattr(models, name)
        if inspect.isclass(cls) and attrs.has(cls):
            found.append(cls)
    return found


def test_no_optional_field_defaults_to_a_value() -> None:
    offenders = []
    classes = _model_classes()
    assert len(classes) > 250
    for cls in classes:
        for field in attrs.fields(cls):
            # Optional fields are the ones that may be Unset; required ones (a one-value
            # `type` or `mode`) keep their constant default.
            if "Unset" not in str(field.type) or field.default is attrs.NOTHING:
                continue
            default = field.default
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                continue
            if not isinstance(default, Unset):
                offenders.append(f"{cls.__name__}.{field.name} = {default!r}")
    assert offenders == []


def test_a_session_with_only_type_and_model_sends_only_those() -> None:
    session = RealtimeSessionCreateRequestGA.from_dict(
        {"type": "realtime", "model": "gpt-realtime"}
    )
    assert session.to_dict() == {"type": "realtime", "model": "gpt-realtime"}
    assert session.tool_choice is UNSET
    # The server default is still documented where the field is.
    doc = RealtimeSessionCreateRequestGA.__doc__ or ""
    assert "Server default" in doc


def test_multipart_none_is_no_part() -> None:
    body = RealtimeCallCreateRequest(sdp="v=0\r\n", session=None)
    parts = body.to_multipart()
    assert [name for name, _ in parts] == ["sdp"]
    assert all(part[1] != b"None" for _, part in parts)
    content = create_realtime_call.request_args(body=body)["content"]
    assert content.count(b"Content-Disposition: form-data;") == 1
    assert b'name="sdp"' in content and b"None" not in content
