"""A browser translation call: a token endpoint and a plain-JS page (no build step).

The page (``static/``) asks this server for a translation client secret for the chosen
target language (``POST /token?to=es``), POSTs its SDP offer straight to
``{base_url}/realtime/translations/calls`` with that ``ek_`` (cross-origin: the API answers
CORS), sends the microphone as its audio track, plays the translated speech that comes
back as the remote track, and shows both transcripts from the ``oai-events`` channel. The
API key never reaches the browser.

Run it against the fake server (offline), or the real API::

    python -m realtime_ext.examples.webrtc_translation_browser.server --fake
    OPENAI_API_KEY=sk-... python -m realtime_ext.examples.webrtc_translation_browser.server

Open the printed ``http://localhost:PORT/`` (getUserMedia needs a secure origin; localhost
is one).

``POST /token`` mints keys billed to you, so the server answers only its own pages (``Host``
and ``Origin`` against allow-lists, ``--allow-host``/``--allow-origin`` behind a proxy), with
socket timeouts, a request deadline and a connection cap: see
:mod:`realtime_ext.examples._token_server`, shared with the ``webrtc_browser`` example.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from realtime_ext.examples._token_server import (
    GuardedTokenServer,
    run_example,
)
from realtime_ext.session import translation_session

__all__ = ["STATIC", "TokenServer", "main"]

STATIC = Path(__file__).parent / "static"
TRANSCRIPTION_MODEL = "gpt-realtime-whisper"


class TokenServer(GuardedTokenServer):
    """Serves ``static/`` and ``POST /token?to=LANG`` behind the shared guards (Host/Origin
    allow-lists, timeouts, connection cap: :class:`GuardedTokenServer`).

    Example::

        httpd = TokenServer(("127.0.0.1", 0), client, "gpt-realtime-translate")
    """

    static = STATIC
    default_model = "gpt-realtime-translate"

    def token(self, query: str) -> tuple[dict[str, Any], HTTPStatus]:
        """A key translating into ``?to=`` (default ``es``); ``400`` for a bad language."""
        language = parse_qs(query).get("to", ["es"])[0].strip()
        if not language.isalpha() or len(language) > 8:
            return {"error": f"bad language {language[:20]!r}"}, HTTPStatus.BAD_REQUEST
        return self.mint(language), HTTPStatus.OK

    def mint(self, language: str) -> dict[str, Any]:
        """A translation key into ``language`` (source transcript on), and where to call."""
        session = translation_session(
            model=self.model, output_language=language, transcription=TRANSCRIPTION_MODEL
        )
        secret = self.client.translations.client_secrets.create(session=session, expires_after=600)
        return self.minted(secret, language=language)


def main(argv: Sequence[str] | None = None) -> int:
    """Serve the example until Ctrl-C; ``--fake`` starts the fake Realtime server too."""
    return run_example(
        argv, TokenServer, prog="python -m realtime_ext.examples.webrtc_translation_browser.server"
    )


if __name__ == "__main__":
    sys.exit(main())
