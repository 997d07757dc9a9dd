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
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import threading
from collections.abc import Generator, Sequence
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from realtime_ext import RealtimeClient
from realtime_ext._errors import RealtimeError
from realtime_ext.session import translation_session

__all__ = ["STATIC", "TokenServer", "main", "serve"]

STATIC = Path(__file__).parent / "static"
TRANSCRIPTION_MODEL = "gpt-realtime-whisper"


class TokenServer(ThreadingHTTPServer):
    """Serves ``static/`` and ``POST /token?to=LANG``; holds the API client (never sent)."""

    def __init__(self, address: tuple[str, int], client: RealtimeClient, model: str) -> None:
        super().__init__(address, _Handler)
        self.client: RealtimeClient = client
        self.model: str = model

    @property
    def url(self) -> str:
        """``http://localhost:PORT/``: the page's address (localhost keeps getUserMedia)."""
        return f"http://localhost:{self.server_address[1]}/"

    def mint(self, language: str) -> dict[str, Any]:
        """A translation key into ``language`` (source transcript on), and where to call."""
        session = translation_session(
            model=self.model, output_language=language, transcription=TRANSCRIPTION_MODEL
        )
        secret = self.client.translations.client_secrets.create(session=session, expires_after=600)
        return {
            "value": secret.value,
            "expires_at": int(secret.expires_at.timestamp()),
            "base_url": self.client.base_url,
            "language": language,
        }


class _Handler(SimpleHTTPRequestHandler):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, directory=str(STATIC), **kwargs)

    def do_POST(self) -> None:
        parts = urlsplit(self.path)
        if parts.path != "/token":
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        language = parse_qs(parts.query).get("to", ["es"])[0].strip()
        try:
            assert isinstance(self.server, TokenServer)
            if not language.isalpha() or len(language) > 8:
                body, status = {"error": f"bad language {language[:20]!r}"}, HTTPStatus.BAD_REQUEST
            else:
                body, status = self.server.mint(language), HTTPStatus.OK
        except RealtimeError as exc:  # the message is already redacted by the SDK
            body, status = {"error": str(exc)}, HTTPStatus.BAD_GATEWAY
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: the page shows what happens


@contextlib.contextmanager
def serve(
    client: RealtimeClient, *, port: int = 0, model: str = "gpt-realtime-translate"
) -> Generator[str, None, None]:
    """Run the token server in a thread on 127.0.0.1; yields the page URL.

    Example::

        with serve(RealtimeClient(base_url=fake.base_url, api_key="sk-test")) as url:
            print("open", url)
    """
    httpd = TokenServer(("127.0.0.1", port), client, model)
    thread = threading.Thread(target=httpd.serve_forever, name="translation-example", daemon=True)
    thread.start()
    try:
        yield httpd.url
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def main(argv: Sequence[str] | None = None) -> int:
    """Serve the example until Ctrl-C; ``--fake`` starts the fake Realtime server too."""
    parser = argparse.ArgumentParser(
        prog="python -m realtime_ext.examples.webrtc_translation_browser.server"
    )
    parser.add_argument("--port", type=int, default=8080, help="page port (default 8080)")
    parser.add_argument("--model", default="gpt-realtime-translate")
    parser.add_argument("--fake", action="store_true", help="use a local fake Realtime server")
    args = parser.parse_args(argv)
    with contextlib.ExitStack() as stack:
        if args.fake:
            from realtime_ext.testing import FakeRealtimeServer

            fake = stack.enter_context(FakeRealtimeServer())
            client = RealtimeClient(api_key="sk-fake", base_url=fake.base_url)
        else:
            try:
                client = RealtimeClient()  # OPENAI_API_KEY
            except RealtimeError as exc:
                print(f"error: {exc} (or pass --fake)", file=sys.stderr)
                return 2
        url = stack.enter_context(serve(client, port=args.port, model=args.model))
        print(f"Open {url} (Ctrl-C to stop); calls go to {client.base_url}", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
