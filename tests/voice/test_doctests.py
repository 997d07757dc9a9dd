"""The examples in the voice and audio modules' docstrings run as written."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "realtime_ext.audio",
    "realtime_ext.audio._formats",
    "realtime_ext.audio._g711",
    "realtime_ext.audio._resample",
    "realtime_ext.voice._tracker",
    "realtime_ext.voice._interrupt",
    "realtime_ext.voice._history",
    "realtime_ext.voice._extension",
    "realtime_ext.events._fields",  # b64_size, voice's and telemetry's
    "realtime_ext.audio._sources",
    "realtime_ext.audio._speakers",
    "realtime_ext.audio._time",
    "realtime_ext.testing._voice",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
