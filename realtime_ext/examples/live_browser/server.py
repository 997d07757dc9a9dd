"""A browser GPT-Live call: ``live_offer_endpoint`` relays the page's offer, in FastAPI.

GPT-Live has no ephemeral keys, so the page (``static/``) POSTs its SDP offer to this
server's ``POST /session``; :func:`realtime_ext.asgi.live_offer_endpoint` checks who asks
(``Host`` and ``Origin``), the body and the offer, creates the session the server chose
with ``client.live.create`` and answers ``{"session_id": "live_...", "sdp": "v=0..."}``.
The page applies the answer, shows the session's events and plays the model's audio. The API
key never reaches the browser.

Run it against the fake server (offline), or the real API (``pip install
'realtime-ext-testing[examples]'``: FastAPI and uvicorn)::

    python -m realtime_ext.examples.live_browser.server --fake          # http://localhost:8080/
    OPENAI_API_KEY=sk-... python -m realtime_ext.examples.live_browser.server

The page must be opened on ``http://localhost`` (or HTTPS): browsers only offer
``getUserMedia`` on secure origins, and localhost counts as one. Behind a proxy or on a real
host name, name the page's origin and the served host (``--allow-origin``/``--allow-host``).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import AsyncGenerator, Awaitable, Callable, Iterable, Sequence
from pathlib import Path

from fastapi import FastAPI
from starlette.routing import Route
from starlette.staticfiles import StaticFiles

from realtime_ext import AsyncRealtimeClient, LiveSessionAnswer
from realtime_ext.asgi import OfferRequest, live_offer_endpoint
from realtime_ext.examples._token_server import example_arguments, example_client

__all__ = ["STATIC", "live_session", "main", "make_app"]

STATIC = Path(__file__).parent / "static"
DEFAULT_MODEL = "gpt-live-1"
DEFAULT_INSTRUCTIONS = "You are a friendly assistant. Keep answers short."


def live_session(model: str = DEFAULT_MODEL) -> dict[str, object]:
    """The session every page's call gets: the server's choice, never the page's.

    Example::

        live_session()["model"]  # 'gpt-live-1'
    """
    return {
        "model": model,
        "instructions": DEFAULT_INSTRUCTIONS,
        "audio": {"output": {"voice": "marin"}},
    }


async def _print_session(request: OfferRequest, answer: LiveSessionAnswer) -> None:
    # The server holds the id too: client.live.sideband.connect(session_id=...) joins here.
    print(f"session {answer.session_id} for a page of {request.header('origin')}", flush=True)


def make_app(
    client: AsyncRealtimeClient,
    *,
    allowed_origins: Iterable[str],
    allowed_hosts: Iterable[str] | None = None,
    model: str = DEFAULT_MODEL,
    on_session: Callable[[OfferRequest, LiveSessionAnswer], Awaitable[None]] | None = None,
) -> FastAPI:
    """The app: ``POST /session`` (the offer relay) and the page at ``/``; it closes
    ``client`` when the server stops. ``on_session`` is told of each session created (its
    ``live_...`` id: where the server would attach a sideband); by default it prints it.

    Example::

        app = make_app(AsyncRealtimeClient(), allowed_origins=["http://localhost:8080"])
    """
    offers = live_offer_endpoint(
        live_session(model),
        allowed_origins=allowed_origins,
        allowed_hosts=allowed_hosts,
        client=client,
        on_session=on_session if on_session is not None else _print_session,
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncGenerator[None]:
        yield
        await client.close()  # on the server's loop, which its connections belong to

    app = FastAPI(lifespan=lifespan)
    app.routes.append(Route("/session", offers))  # exactly /session, every method to it
    app.mount("/", StaticFiles(directory=STATIC, html=True))
    return app


def main(argv: Sequence[str] | None = None) -> int:
    """Serve the example until Ctrl-C; ``--fake`` starts the fake server too."""
    import uvicorn

    args = example_arguments(
        argv,
        prog="python -m realtime_ext.examples.live_browser.server",
        default_model=DEFAULT_MODEL,
    )
    hosts = args.allow_host or [f"localhost:{args.port}", f"127.0.0.1:{args.port}"]
    origins = args.allow_origin or [f"http://{host}" for host in hosts]
    with contextlib.ExitStack() as stack:
        client = example_client(stack, args.fake, AsyncRealtimeClient)
        if client is None:
            return 2
        app = make_app(client, allowed_origins=origins, allowed_hosts=hosts, model=args.model)
        print(f"Open http://localhost:{args.port}/ (Ctrl-C to stop)", flush=True)
        uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning")
    return 0


if __name__ == "__main__":
    sys.exit(main())
