"""``realtime-ext sdp inspect``: summarise and check an SDP offer or answer."""

from __future__ import annotations

import argparse

from ._io import emit, read_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("sdp", help="inspect WebRTC session descriptions")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    inspect = actions.add_parser("inspect", help="summarise an SDP file (or -)")
    inspect.add_argument("file", help="SDP file, or - for stdin")
    inspect.add_argument(
        "--validate",
        choices=("offer", "answer"),
        help="also run the offer or answer checks; a failure exits 1",
    )
    inspect.add_argument("--json", action="store_true", help="print JSON")
    inspect.set_defaults(run=run_inspect)


def run_inspect(args: argparse.Namespace) -> int:
    from .. import sdp

    text = read_text(args.file)
    if args.validate == "offer":
        desc = sdp.validate_offer(text)
    elif args.validate == "answer":
        desc = sdp.validate_answer(text)
    else:
        desc = sdp.parse(text)
    data = {
        "media": [
            {"kind": m.kind, "port": m.port, "protocol": m.protocol, "mid": m.mid}
            for m in desc.media
        ],
        "audio_codecs": [c.name for c in sdp.audio_codecs(desc)],
        "data_channel": sdp.has_data_channel(desc),
        "candidates": len(sdp.candidates(desc)),
        "setup": sdp.setup_role(desc),
        "valid": args.validate,
    }
    emit(args.json, data, sdp.summary(desc))
    return 0
