"""A browser WebRTC call: a token endpoint minting ``ek_`` keys, and a plain-JS page.

The page (``static/``) asks this server for an ephemeral key, POSTs its SDP offer straight
to ``{base_url}/realtime/calls`` with that key (cross-origin: the API answers CORS), applies
the answer, shows the ``oai-events`` events and plays the model's audio. The API key never
reaches the browser.

Run it against the fake server (offline), or the real API::

    python -m realtime_ext.examples.webrtc_browser.server --fake          # http://localhost:8080/
    OPENAI_API_KEY=sk-... python -m realtime_ext.examples.webrtc_browser.server

The page must be opened on ``http://localhost`` (or HTTPS): browsers only offer
``getUserMedia`` on secure origins, and localhost counts as one.

``POST /token`` mints keys billed to you, so the server answers only its own pages (``Host``
and ``Origin`` against allow-lists, ``--allow-host``/``--allow-origin`` behind a proxy), with
socket timeouts, a request deadline and a connection cap: see
:mod:`realtime_ext.examples._token_server`, which the translation example shares.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from http import HTTPStatus
from pathlib import Path
from typing import Any

from realtime_ext.examples._token_server import (
    GuardedTokenServer,
    run_example,
)
from realtime_ext.session import realtime_session

__all__ = ["STATIC", "TokenServer", "main"]

STATIC = Path(__file__).parent / "static"
DEFAULT_INSTRUCTIONS = "You are a friendly assistant. Keep answers short."


class TokenServer(GuardedTokenServer):
    """Serves ``static/`` and ``POST /token`` behind the shared guards (Host/Origin
    allow-lists, timeouts, connection cap: :class:`GuardedTokenServer`).

    Example::

        httpd = TokenServer(("127.0.0.1", 0), client, "gpt-realtime")
    """

    static = STATIC
    default_model = "gpt-realtime"

    def token(self, query: str) -> tuple[dict[str, Any], HTTPStatus]:
        """A key for one call (the query is ignored)."""
        return self.mint(), HTTPStatus.OK

    def mint(self) -> dict[str, Any]:
        """A fresh ephemeral key for one call, and where the page must send its offer."""
        session = realtime_session(model=self.model, instructions=DEFAULT_INSTRUCTIONS)
        secret = self.client.client_secrets.create(session=session, expires_after=600)
        return self.minted(secret, model=self.model)


def main(argv: Sequence[str] | None = None) -> int:
    """Serve the example until Ctrl-C; ``--fake`` starts the fake Realtime server too."""
    return run_example(
        argv, TokenServer, prog="python -m realtime_ext.examples.webrtc_browser.server"
    )


if __name__ == "__main__":
    sys.exit(main())
