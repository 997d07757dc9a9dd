"""``realtime-ext webhook verify``: check a webhook's signature and show the call."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from ._io import CLIError, Commands, emit, parse_json_object, read_text

if TYPE_CHECKING:
    from ..webhooks import IncomingCall


def register(sub: Commands) -> None:
    parser = sub.add_parser("webhook", help="verify realtime.call.incoming webhooks")
    hooks = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    verify = hooks.add_parser(
        "verify",
        help="verify a webhook's signature and print the event",
        description="Headers are a JSON object, or 'Name: value' lines as an HTTP dump has them.",
    )
    verify.add_argument("--payload", required=True, metavar="FILE", help="raw body file, or -")
    verify.add_argument("--headers", required=True, metavar="FILE", help="headers file, or -")
    verify.add_argument("--secret", help="whsec_... secret (default: $OPENAI_WEBHOOK_SECRET)")
    verify.add_argument("--tolerance", type=int, default=300, help="allowed clock skew (s)")
    verify.add_argument("--json", action="store_true", help="print JSON")
    verify.set_defaults(run=run_verify)


def parse_headers(text: str) -> dict[str, str]:
    """A JSON object, or ``Name: value`` lines (an HTTP request line is skipped)."""
    stripped = text.strip()
    if stripped.startswith("{"):
        data = parse_json_object(stripped, "--headers")
        return {str(k): str(v) for k, v in data.items()}
    headers: dict[str, str] = {}
    for line in stripped.splitlines():
        if not line.strip() or " HTTP/" in line:
            continue
        name, sep, value = line.partition(":")
        if not sep:
            raise CLIError(f"not a header line: {line!r}")
        headers[name.strip()] = value.strip()
    return headers


def run_verify(args: argparse.Namespace) -> int:
    from .. import webhooks
    from ..webhooks import SECRET_ENV_VAR

    if args.payload == "-" and args.headers == "-":
        raise CLIError("only one of --payload and --headers can be read from stdin")
    if not args.secret and not os.environ.get(SECRET_ENV_VAR):
        # Said in the shell's terms (the library's message names Python arguments).
        raise CLIError(f"no webhook secret: pass --secret whsec_... or set {SECRET_ENV_VAR}")
    payload = read_text(args.payload)
    headers = parse_headers(read_text(args.headers))
    event = webhooks.unwrap(payload, headers, secret=args.secret, tolerance=args.tolerance)
    data: dict[str, object] = {"verified": True, "type": event.type, "id": event.id}
    lines = [f"verified {event.type} {event.id}"]
    if isinstance(event, webhooks.IncomingCall):
        _show_sip_invite(event, data, lines)
    elif not isinstance(event, webhooks.UnknownWebhookEvent):
        data[event.subject_field] = event.subject_id
        lines.append(f"{event.subject_field}: {event.subject_id}")
    emit(args.json, data, "\n".join(lines))
    return 0


def _show_sip_invite(event: IncomingCall, data: dict[str, object], lines: list[str]) -> None:
    # Every API's incoming call shows the same SIP fields, under the id its API names the call
    # by (subject_field: call_id on Realtime, session_id on GPT-Live).
    key, value = event.subject_field, event.subject_id
    data.update(
        {
            key: value,
            "caller": event.caller,
            "callee": event.callee,
            "sip_call_id": event.sip_call_id,
        }
    )
    width = len(key) + 2  # the values line up after the longest label, the id's
    shown = ((key, value), ("from", event.caller), ("to", event.callee))
    lines += [f"{label + ':':<{width}}{item}" for label, item in shown]
