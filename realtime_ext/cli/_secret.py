"""``realtime-ext secret``: mint an ephemeral client secret for a browser or phone."""

from __future__ import annotations

import argparse

from ._client import add_client_options, make_client
from ._io import Commands, emit, read_session


def register(sub: Commands) -> None:
    parser = sub.add_parser(
        "secret",
        help="mint an ephemeral client secret (ek_...)",
        description="Mint an ephemeral client secret. Prints the value and its expiry.",
    )
    parser.add_argument("--model", default="gpt-realtime", help="model (default gpt-realtime)")
    parser.add_argument("--instructions", help="session instructions")
    parser.add_argument("--voice", help="output voice, e.g. marin")
    parser.add_argument(
        "--session", help="full session config as JSON, or @FILE (overrides the flags above)"
    )
    parser.add_argument(
        "--expires-after", type=int, metavar="SECONDS", help="lifetime in seconds (10-7200)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_client_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..session import realtime_session

    if args.session:
        session = read_session(args.session, ("realtime", "transcription"))
    else:
        options = {"instructions": args.instructions, "voice": args.voice}
        session = realtime_session(
            model=args.model, **{k: v for k, v in options.items() if v is not None}
        )
    with make_client(args) as client:
        secret = client.client_secrets.create(session=session, expires_after=args.expires_after)
    expires = secret.expires_at.isoformat() if secret.expires_at else None
    emit(
        args.json,
        {"value": secret.value, "expires_at": expires},
        f"{secret.value}\nexpires at {expires}",
    )
    return 0
