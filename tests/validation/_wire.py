"""What a test client would have sent: an httpx transport that records each request."""

from __future__ import annotations

import httpx


class Wire:
    """An httpx transport that records each request and answers 500 (never retried)."""

    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return httpx.Response(500)
