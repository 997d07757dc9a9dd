"""Every phone test runs as a deployment does: the bridge and the fake Twilio caller share
the account's auth token (``TWILIO_AUTH_TOKEN``), so each stream is signed and checked."""

from __future__ import annotations

import pytest

TOKEN = "twilio-auth-token-for-tests"


@pytest.fixture(autouse=True)
def twilio_auth_token(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TOKEN)
    return TOKEN
