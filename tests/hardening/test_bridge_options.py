"""``twilio_endpoint``'s connection options (``**options: Unpack[ConversationOptions]``):
each key, given each odd value of tests/hardening/test_every_argument.py, is refused with
the SDK's own error when the app is made, or accepted; never whatever broke inside, and
never at the first call instead (a phone agent learns of a bad option at startup)."""

from __future__ import annotations

import pytest

from realtime_ext import AsyncRealtimeClient, InvalidArgumentError, OpenAIError
from realtime_ext.connection import ConversationOptions
from realtime_ext.telephony import twilio_endpoint
from tests.hardening.test_every_argument import BAD

KEYS = sorted(ConversationOptions.__optional_keys__)
SESSION = {"type": "realtime"}
SIGNING = {
    "auth_token": "t",
    "public_url": "wss://agent.example.com/media",
    "allow_unsigned": False,
}


@pytest.mark.parametrize("key", sorted(SIGNING))
def test_each_signing_argument_with_each_odd_value_gets_the_sdks_error_or_is_taken(
    key: str,
) -> None:
    client = AsyncRealtimeClient(api_key="sk-test", base_url="http://127.0.0.1:9/v1")
    refused = 0
    for label, make in BAD.items():
        arguments = {**SIGNING, key: make()}
        if key == "allow_unsigned":  # the check off: no token then (both contradict)
            arguments.pop("auth_token")
        try:
            twilio_endpoint(client, session=SESSION, **arguments)
        except OpenAIError as exc:
            refused += 1
            assert key in str(exc) or "contradict" in str(exc), (label, exc)
    assert refused > 0


@pytest.mark.parametrize("key", KEYS)
def test_each_option_with_each_odd_value_gets_the_sdks_error_or_is_taken(key: str) -> None:
    client = AsyncRealtimeClient(api_key="sk-test", base_url="http://127.0.0.1:9/v1")
    refused = 0
    for label, make in BAD.items():
        try:
            twilio_endpoint(client, session=SESSION, auth_token="t", **{key: make()})  # type: ignore[misc]
        except OpenAIError as exc:
            refused += 1
            assert key in str(exc) or "option" in str(exc), (label, exc)
    assert refused > 0  # every option refuses some odd value (each has a type)


def test_the_bridges_own_options_are_refused_whatever_their_value() -> None:
    client = AsyncRealtimeClient(api_key="sk-test", base_url="http://127.0.0.1:9/v1")
    for key in ("extensions",):  # each call's voice is the bridge's
        for make in BAD.values():
            with pytest.raises(InvalidArgumentError, match=f"'{key}' is no option"):
                twilio_endpoint(client, session=SESSION, auth_token="t", **{key: make()})  # type: ignore[misc]


@pytest.mark.parametrize("name", ["reconnect_delay", "max_reconnect_delay"])
def test_a_bad_delay_is_named_as_the_user_passed_it(name: str) -> None:
    # Found by the loop above: connect(reconnect_delay=nan) said "initial_delay must be...",
    # the name of a parameter no entry point takes.
    from realtime_ext.connection import aconnect

    with pytest.raises(InvalidArgumentError, match=f"^{name} must be"):
        aconnect(api_key="sk-test", model="gpt-realtime", **{name: float("nan")})  # type: ignore[misc]
