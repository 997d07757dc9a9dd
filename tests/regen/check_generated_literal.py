"""What an SDK author writes against realtime_generated, checked by pyright strict and mypy
--strict: a one-value discriminator takes its Literal (no enum import needed)."""

from __future__ import annotations

from realtime_generated.models import (
    RealtimeSessionCreateRequestGA,
    RealtimeSessionCreateRequestGAType,
)

with_literal = RealtimeSessionCreateRequestGA(type_="realtime", model="gpt-realtime")
with_enum = RealtimeSessionCreateRequestGA(
    type_=RealtimeSessionCreateRequestGAType.REALTIME, model="gpt-realtime"
)
assert (
    with_literal.to_dict() == with_enum.to_dict() == {"type": "realtime", "model": "gpt-realtime"}
)
