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
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import threading
from collections.abc import Iterator, Sequence
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from realtime_ext import RealtimeClient
from realtime_ext._errors import RealtimeError
from realtime_ext.session import realtime_session

__all__ = ["STATIC", "TokenServer", "main", "serve"]

STATIC = Path(__file__).parent / "static"
DEFAULT_INSTRUCTIONS = "You are a friendly assistant. Keep answers short."


class TokenServer(ThreadingHTTPServer):
    """Serves ``static/`` and ``POST /token``; holds the API client (never sent to pages)."""

    def __init__(self, address: tuple[str, int], client: RealtimeClient, model: str) -> None:
        super().__init__(address, _Handler)
        self.client = client
        self.model = model

    @property
    def url(self) -> str:
        """``http://localhost:PORT/``: the page's address (localhost keeps getUserMedia)."""
        return f"http://localhost:{self.server_address[1]}/"

    def mint(self) -> dict[str, Any]:
        """A fresh ephemeral key for one call, and where the page must send its offer."""
        session = realtime_session(model=self.model, instructions=DEFAULT_INSTRUCTIONS)
        secret = self.client.client_secrets.create(session=session, expires_after=600)
        return {
            "value": secret.value,
            "expires_at": int(secret.expires_at.timestamp()),
            "base_url": self.client.base_url,
            "model": self.model,
        }


class _Handler(SimpleHTTPRequestHandler):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, directory=str(STATIC), **kwargs)

    def do_POST(self) -> None:
        if self.path != "/token":
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        try:
            assert isinstance(self.server, TokenServer)
            body, status = self.server.mint(), HTTPStatus.OK
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
def serve(client: RealtimeClient, *, port: int = 0, model: str = "gpt-realtime") -> Iterator[str]:
    """Run the token server in a thread on 127.0.0.1; yields the page URL.

    Example::

        with serve(RealtimeClient(base_url=fake.base_url, api_key="sk-test")) as url:
            print("open", url)
    """
    httpd = TokenServer(("127.0.0.1", port), client, model)
    thread = threading.Thread(target=httpd.serve_forever, name="webrtc-example", daemon=True)
    thread.start()
    try:
        yield httpd.url
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def main(argv: Sequence[str] | None = None) -> int:
    """Serve the example until Ctrl-C; ``--fake`` starts the fake Realtime server too."""
    parser = argparse.ArgumentParser(prog="python -m realtime_ext.examples.webrtc_browser.server")
    parser.add_argument("--port", type=int, default=8080, help="page port (default 8080)")
    parser.add_argument("--model", default="gpt-realtime")
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
