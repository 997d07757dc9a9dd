"""``realtime-ext sdp inspect``: summarise and check an SDP offer or answer;
``realtime-ext sdp sample``: print a real browser's offer shipped with the package."""

from __future__ import annotations

import argparse

from ._io import Commands, emit, read_text


def register(sub: Commands) -> None:
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
    from realtime_ext.sdp import SAMPLE_OFFERS

    sample = actions.add_parser(
        "sample",
        help="print a real browser's SDP offer (shipped with the package)",
        description="Print a real browser's SDP offer, shipped with the package, to try "
        "calls without a browser: realtime-ext sdp sample > offer.sdp",
    )
    sample.add_argument(
        "browser", nargs="?", default="chrome", choices=tuple(SAMPLE_OFFERS), help="whose offer"
    )
    sample.set_defaults(run=run_sample)


def run_sample(args: argparse.Namespace) -> int:
    from .. import sdp

    print(sdp.sample_offer(args.browser), end="")
    return 0


def run_inspect(args: argparse.Namespace) -> int:
    from .. import sdp
    from ..sdp import audio_codecs, candidates, has_data_channel, setup_role, validate_answer

    text = read_text(args.file)
    if args.validate == "offer":
        desc = sdp.validate_offer(text)
    elif args.validate == "answer":
        desc = validate_answer(text)
    else:
        desc = sdp.parse(text)
    data = {
        "media": [
            {"kind": m.kind, "port": m.port, "protocol": m.protocol, "mid": m.mid}
            for m in desc.media
        ],
        "audio_codecs": [c.name for c in audio_codecs(desc)],
        "data_channel": has_data_channel(desc),
        "candidates": len(candidates(desc)),
        "setup": setup_role(desc),
        "valid": args.validate,
    }
    human = sdp.summary(desc)
    if args.validate:
        human += f"\nvalid {args.validate}: the {args.validate} checks passed"
    emit(args.json, data, human)
    return 0
