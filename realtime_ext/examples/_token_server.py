"""The guarded token server both browser examples share (``webrtc_browser``,
``webrtc_translation_browser``).

``POST /token`` mints ``ek_`` keys billed to the user, so the server answers only requests
whose ``Host`` is one it serves and whose ``Origin`` is one of its pages: a page on another
site cannot mint keys, not even through DNS rebinding (the browser then sends that site's
host name). Both lists default to the server's own localhost addresses; behind a proxy or a
real host name pass ``allowed_hosts``/``allowed_origins`` (``--allow-host``/``--allow-origin``).
Each connection gets a socket timeout and a deadline for its whole request, and at most
``max_connections`` are served at once (more are answered 503 at once), so slow or flooding
clients cannot pile up threads.

An example subclasses :class:`GuardedTokenServer`, sets ``static`` and implements
:meth:`GuardedTokenServer.token`; :func:`serve_in_thread` runs it. Both pages hold their
call with the same page code, ``_static/webrtc_call.js``, which every server serves at
``/shared/webrtc_call.js``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import socket
import sys
import threading
import time
from collections.abc import Callable, Generator, Iterable, Sequence
from datetime import datetime
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Protocol, TypeVar
from urllib.parse import urlsplit

from realtime_ext import OpenAIError, RealtimeClient
from realtime_ext.asgi import SiteGuard

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_CONNECTIONS",
    "DEFAULT_TIMEOUT",
    "SHARED_STATIC",
    "GuardedTokenServer",
    "Minted",
    "add_allow_arguments",
    "example_arguments",
    "example_client",
    "run_example",
    "serve_in_thread",
]

DEFAULT_TIMEOUT = 10.0
"""Seconds a connection may stay silent (reading the request or writing the answer)."""
DEFAULT_DEADLINE = 30.0
"""Seconds a connection has to send its whole request, however it trickles it in."""
DEFAULT_MAX_CONNECTIONS = 32
"""Connections served at once; more are answered ``503`` and closed."""

SHARED_STATIC = Path(__file__).parent / "_static"
"""The page code both examples share (``webrtc_call.js``), served at ``/shared/``."""
SHARED_URL = "/shared/"

ClientT = TypeVar("ClientT")

_BUSY = (
    b"HTTP/1.0 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 0\r\n"
    b"Connection: close\r\n\r\n"
)


class Minted(Protocol):
    """A client secret as ``client_secrets.create`` (or the translations') returns it."""

    @property
    def value(self) -> str: ...

    @property
    def expires_at(self) -> datetime: ...


class GuardedTokenServer(ThreadingHTTPServer):
    """Serves ``static`` and ``POST /token`` (answered by :meth:`token`) behind the guards.

    ``allowed_hosts`` are the ``Host`` header values accepted on every request (default:
    ``localhost``, ``127.0.0.1`` and ``[::1]`` with this server's port); ``allowed_origins``
    the ``Origin`` values ``POST /token`` requires (default: ``http://`` plus each allowed
    host). ``timeout`` is the per-connection socket timeout, ``deadline`` the time a
    connection has to send its whole request (a client trickling a byte at a time stays
    under the timeout, not under the deadline); ``max_connections`` caps the threads serving
    connections. The API client stays here: it is never sent to pages.

    Example::

        class TokenServer(GuardedTokenServer):
            static = Path(__file__).parent / "static"

            def token(self, query):
                return {"value": "ek_..."}, HTTPStatus.OK
    """

    static: Path
    """The directory of the example's page."""
    default_model: str
    """The model an example serves unless told another (``--model``)."""

    daemon_threads = True
    # socketserver's default backlog is 5: under a flood, connections past it wait on SYN
    # retries for seconds before even the 503 below can be sent.
    request_queue_size = 128

    def __init__(
        self,
        address: tuple[str, int],
        client: RealtimeClient,
        model: str,
        *,
        allowed_hosts: Iterable[str] | None = None,
        allowed_origins: Iterable[str] | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        deadline: float = DEFAULT_DEADLINE,
    ) -> None:
        # Checked before binding: a refused configuration never holds the port.
        if timeout <= 0 or deadline <= 0 or max_connections < 1:
            raise ValueError("timeout and deadline must be > 0 and max_connections >= 1")
        self.deadline = deadline
        super().__init__(address, _Handler)
        self.client = client
        self.model = model
        self.request_timeout = timeout
        self.max_connections = max_connections
        self._slots = threading.BoundedSemaphore(max_connections)
        port = self.server_address[1]
        hosts = (
            [f"localhost:{port}", f"127.0.0.1:{port}", f"[::1]:{port}"]
            if allowed_hosts is None
            else list(allowed_hosts)
        )
        origins = [f"http://{h}" for h in hosts] if allowed_origins is None else allowed_origins
        # The one Origin/Host check, shared with realtime_ext.asgi's token endpoint.
        self.guard: SiteGuard = SiteGuard(origins, hosts)

    @classmethod
    @contextlib.contextmanager
    def serving(
        cls,
        client: RealtimeClient,
        *,
        port: int = 0,
        model: str | None = None,
        allowed_hosts: Iterable[str] | None = None,
        allowed_origins: Iterable[str] | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        deadline: float = DEFAULT_DEADLINE,
    ) -> Generator[str, None, None]:
        """Run this server in a thread on 127.0.0.1 (``model``: :attr:`default_model`
        unless given); yields the page URL.

        Example::

            with TokenServer.serving(RealtimeClient(api_key="sk-test")) as url:
                print("open", url)
        """
        httpd = cls(
            ("127.0.0.1", port),
            client,
            cls.default_model if model is None else model,
            allowed_hosts=allowed_hosts,
            allowed_origins=allowed_origins,
            timeout=timeout,
            max_connections=max_connections,
            deadline=deadline,
        )
        with serve_in_thread(httpd, f"{cls.__module__}.{cls.__qualname__}") as url:
            yield url

    def token(self, query: str) -> tuple[dict[str, Any], HTTPStatus]:
        """The JSON body and status answering an allowed ``POST /token?<query>``.

        The examples mint a key here (answered with :meth:`minted`); an :class:`OpenAIError`
        becomes a ``502``.
        """
        raise NotImplementedError

    def minted(self, secret: Minted, **fields: Any) -> dict[str, Any]:
        """The ``POST /token`` body for a minted ``secret``: what the shared page code
        (``webrtc_call.js``) reads (the key, when it expires, where to send the offer), plus
        the example's own ``fields``.

        Example::

            secret = self.client.client_secrets.create(session=session, expires_after=600)
            return self.minted(secret, model=self.model)
        """
        return {
            "value": secret.value,
            "expires_at": int(secret.expires_at.timestamp()),
            "base_url": self.client.base_url,
            **fields,
        }

    def process_request(self, request: Any, client_address: Any) -> None:
        # One slot per connection, taken before its thread exists: a flood gets 503s from
        # this (accepting) thread instead of one blocked thread per connection.
        if not self._slots.acquire(blocking=False):
            with contextlib.suppress(OSError):
                request.settimeout(1.0)
                request.sendall(_BUSY)
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def refusal(self, host: str | None, origin: str | None, *, minting: bool) -> str | None:
        """Why a request must be refused (``None`` when it may proceed).

        Example::

            server.refusal("evil.example:8080", None, minting=False)  # 'this Host is not ...'
        """
        if not minting:  # pages and scripts: no Origin to check, only DNS rebinding (Host)
            return None if self.guard.host_allowed(host) else "this Host is not served here"
        return self.guard.refusal(host, origin)

    @property
    def url(self) -> str:
        """``http://localhost:PORT/``: the page's address (localhost keeps getUserMedia)."""
        return f"http://localhost:{self.server_address[1]}/"


class _DeadlineReader(io.RawIOBase):
    """Socket reads that raise TimeoutError once the connection's deadline has passed."""

    def __init__(self, sock: socket.socket, deadline: float, timeout: float) -> None:
        self._sock = sock
        self._deadline = deadline
        self._timeout = timeout

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the request took longer than the deadline")
        self._sock.settimeout(min(self._timeout, remaining))
        return self._sock.recv_into(buffer)


class _Handler(SimpleHTTPRequestHandler):
    # Narrows socketserver's attribute to the server that built this handler (always one here).
    server: GuardedTokenServer  # pyright: ignore[reportIncompatibleVariableOverride]

    def __init__(self, request: Any, client_address: Any, server: GuardedTokenServer) -> None:
        super().__init__(request, client_address, server, directory=str(server.static))

    def translate_path(self, path: str) -> str:
        # /shared/NAME is the page code both examples load (SHARED_STATIC), any other path
        # the example's own static/; the base class keeps both inside their directory.
        if not path.startswith(SHARED_URL):
            return super().translate_path(path)
        inside = super().translate_path(path[len(SHARED_URL) - 1 :])
        return str(SHARED_STATIC / Path(inside).relative_to(self.directory))

    def list_directory(self, path: str | os.PathLike[str]) -> None:
        # Pages and their scripts only: /shared/ has no index.html, and is no listing either.
        self.send_error(HTTPStatus.NOT_FOUND)

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.request_timeout)  # every read and write
        # Reads also stop at the deadline: http.server reads through self.rfile.
        self.rfile.close()  # the plain socket file (the socket itself stays open)
        self.rfile = io.BufferedReader(
            _DeadlineReader(
                self.connection,
                time.monotonic() + self.server.deadline,
                self.server.request_timeout,
            )
        )

    def _refused(self, *, minting: bool) -> bool:
        reason = self.server.refusal(
            self.headers.get("Host"), self.headers.get("Origin"), minting=minting
        )
        if reason is not None:
            self.send_error(HTTPStatus.FORBIDDEN, reason)
        return reason is not None

    def do_GET(self) -> None:
        if not self._refused(minting=False):
            super().do_GET()

    def do_HEAD(self) -> None:
        if not self._refused(minting=False):
            super().do_HEAD()

    def do_POST(self) -> None:
        if self._refused(minting=True):
            return
        parts = urlsplit(self.path)
        if parts.path != "/token":
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        try:
            body, status = self.server.token(parts.query)
        except OpenAIError as exc:  # the message is already redacted by the SDK
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
def serve_in_thread(httpd: GuardedTokenServer, name: str) -> Generator[str, None, None]:
    """Run ``httpd`` in a daemon thread named ``name``; yields its page URL, then stops it.

    Example::

        with serve_in_thread(TokenServer(("127.0.0.1", 0), client, "gpt-realtime"), "x") as url:
            print("open", url)
    """
    thread = threading.Thread(target=httpd.serve_forever, name=name, daemon=True)
    thread.start()
    try:
        yield httpd.url
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def add_allow_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--allow-host`` and ``--allow-origin`` (repeatable) to an example's parser.

    Example::

        add_allow_arguments(parser)
        args = parser.parse_args(["--allow-host", "app.example.com"])
        args.allow_host  # ['app.example.com']
    """
    parser.add_argument(
        "--allow-host",
        action="append",
        metavar="HOST[:PORT]",
        help="a Host header to serve (repeatable; default: localhost and 127.0.0.1 on --port)",
    )
    parser.add_argument(
        "--allow-origin",
        action="append",
        metavar="ORIGIN",
        help="an Origin allowed to POST /token (repeatable; default: http:// + each host)",
    )


def example_arguments(
    argv: Sequence[str] | None, *, prog: str, default_model: str
) -> argparse.Namespace:
    """A browser example's options: ``--port``, ``--model``, ``--fake`` and the allowed
    hosts and origins (:func:`add_allow_arguments`), parsed from ``argv``.

    Example::

        args = example_arguments(["--fake"], prog="python -m my.example", default_model="m")
        args.port, args.fake  # (8080, True)
    """
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument("--port", type=int, default=8080, help="page port (default 8080)")
    parser.add_argument("--model", default=default_model)
    parser.add_argument("--fake", action="store_true", help="use a local fake Realtime server")
    add_allow_arguments(parser)
    return parser.parse_args(argv)


def example_client(
    stack: contextlib.ExitStack, fake: bool, client: Callable[..., ClientT]
) -> ClientT | None:
    """The API client an example serves with (``client``: ``RealtimeClient`` or
    ``AsyncRealtimeClient``): against a fake Realtime server started on ``stack`` when
    ``fake`` (``--fake``), else with ``OPENAI_API_KEY``; ``None`` when there is no key (the
    error printed, suggesting ``--fake``).

    Example::

        with contextlib.ExitStack() as stack:
            made = example_client(stack, args.fake, RealtimeClient)
    """
    if fake:
        from realtime_ext.testing import FakeRealtimeServer

        server = stack.enter_context(FakeRealtimeServer())
        return client(api_key="sk-fake", base_url=server.base_url)
    try:
        return client()  # OPENAI_API_KEY
    except OpenAIError as exc:
        print(f"error: {exc} (or pass --fake)", file=sys.stderr)
        return None


def run_example(argv: Sequence[str] | None, server: type[GuardedTokenServer], *, prog: str) -> int:
    """An example's ``main``: parse its options, serve ``server`` until Ctrl-C (``--fake``
    starts the fake Realtime server too); both browser examples run this.

    Example::

        sys.exit(run_example(None, TokenServer, prog="python -m my.example"))
    """
    args = example_arguments(argv, prog=prog, default_model=server.default_model)
    with contextlib.ExitStack() as stack:
        client = example_client(stack, args.fake, RealtimeClient)
        if client is None:
            return 2
        url = stack.enter_context(
            server.serving(
                client,
                port=args.port,
                model=args.model,
                allowed_hosts=args.allow_host,
                allowed_origins=args.allow_origin,
            )
        )
        print(f"Open {url} (Ctrl-C to stop); calls go to {client.base_url}", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0
