"""What every third-party client test shares: each frame the client receives is checked
against openai's published event unions (support/openai_frames.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from support.openai_frames import Frames, checking_frames


@pytest.fixture
def frames() -> Iterator[Frames]:
    with checking_frames() as checked:
        yield checked
    assert checked.problems == [], "\n".join(checked.problems)
