"""``realtime_ext.connection`` names the type of every live socket a client opens, as the
README's layout and the WebSocket guide's table say: GPT-Live's and translation's too, the
same classes as ``realtime_ext.conversation``'s (one name per concept)."""

from __future__ import annotations

import pytest

from realtime_ext import connection, conversation

NAMES = (
    "AsyncLiveConnection",
    "LiveConnection",
    "AsyncTranslationConnection",
    "TranslationConnection",
)


@pytest.mark.parametrize("name", NAMES)
def test_each_socket_type_is_exported_by_connection(name: str) -> None:
    assert name in connection.__all__
    assert getattr(connection, name) is getattr(conversation, name)
