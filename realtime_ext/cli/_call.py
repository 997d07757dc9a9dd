"""``realtime-ext call ...``: create, accept, hang up, refer and reject calls."""

from __future__ import annotations

import argparse
from pathlib import Path

from ._client import add_client_options, make_client
from ._io import Commands, emit, read_session, read_text


def register(sub: Commands) -> None:
    parser = sub.add_parser("call", help="create and control WebRTC/SIP calls")
    calls = parser.add_subparsers(dest="action", required=True, metavar="ACTION")

    create = calls.add_parser("create", help="create a WebRTC call from an SDP offer")
    create.add_argument("--sdp", required=True, metavar="FILE", help="SDP offer file, or -")
    create.add_argument("--session", help="session config as JSON, or @FILE")
    create.add_argument("--answer-out", metavar="FILE", help="also write the SDP answer here")
    create.set_defaults(run=run_create)

    accept = calls.add_parser("accept", help="accept an incoming SIP call")
    accept.add_argument("call_id")
    accept.add_argument("--session", help="session config as JSON, or @FILE")
    accept.add_argument("--model", default="gpt-realtime", help="model when --session is absent")
    accept.set_defaults(run=run_accept)

    hangup = calls.add_parser("hangup", help="end a call (WebRTC or SIP)")
    hangup.add_argument("call_id")
    hangup.set_defaults(run=run_hangup)

    refer = calls.add_parser("refer", help="transfer a SIP call (SIP REFER)")
    refer.add_argument("call_id")
    refer.add_argument("--target", required=True, metavar="URI", help="tel: or sip: URI")
    refer.set_defaults(run=run_refer)

    reject = calls.add_parser("reject", help="decline an incoming SIP call")
    reject.add_argument("call_id")
    reject.add_argument("--status-code", type=int, help="SIP status 400-699 (server default 603)")
    reject.set_defaults(run=run_reject)

    for action in (create, accept, hangup, refer, reject):
        action.add_argument("--json", action="store_true", help="print JSON")
        add_client_options(action)


def run_create(args: argparse.Namespace) -> int:
    from .. import sdp

    offer = read_text(args.sdp)
    session = (
        read_session(args.session, ("realtime",), default_type="realtime") if args.session else None
    )
    with make_client(args) as client:
        answer = client.calls.create(sdp=offer, session=session)
    if args.answer_out:
        Path(args.answer_out).write_bytes(answer.sdp.encode("utf-8"))
    summary = sdp.summary(sdp.parse(answer.sdp))
    emit(
        args.json,
        {"call_id": answer.call_id, "sdp": answer.sdp},
        f"call_id: {answer.call_id}\n{summary}",
    )
    return 0


def run_accept(args: argparse.Namespace) -> int:
    from ..session import realtime_session

    session = (
        read_session(args.session, ("realtime",), default_type="realtime")
        if args.session
        else realtime_session(model=args.model)
    )
    with make_client(args) as client:
        client.calls.accept(args.call_id, session=session)
    emit(args.json, {"call_id": args.call_id, "accepted": True}, f"accepted {args.call_id}")
    return 0


def run_hangup(args: argparse.Namespace) -> int:
    with make_client(args) as client:
        client.calls.hangup(args.call_id)
    emit(args.json, {"call_id": args.call_id, "hung_up": True}, f"hung up {args.call_id}")
    return 0


def run_refer(args: argparse.Namespace) -> int:
    with make_client(args) as client:
        client.calls.refer(args.call_id, target_uri=args.target)
    emit(
        args.json,
        {"call_id": args.call_id, "referred_to": args.target},
        f"referred {args.call_id} to {args.target}",
    )
    return 0


def run_reject(args: argparse.Namespace) -> int:
    with make_client(args) as client:
        if args.status_code is None:
            client.calls.reject(args.call_id)
        else:
            client.calls.reject(args.call_id, status_code=args.status_code)
    emit(
        args.json,
        {"call_id": args.call_id, "rejected": True, "status_code": args.status_code},
        f"rejected {args.call_id}",
    )
    return 0
