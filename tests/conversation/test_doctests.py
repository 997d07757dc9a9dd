"""The examples in the conversation core's and the clocks' docstrings run as written."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "realtime_ext._clock",
    "realtime_ext.testing._clock",
    "realtime_ext.conversation._audio",
    "realtime_ext.conversation._errors",
    "realtime_ext.conversation._handlers",
    "realtime_ext.conversation._reconnect",
    "realtime_ext.conversation._tools",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
