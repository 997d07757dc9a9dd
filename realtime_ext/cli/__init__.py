"""The ``realtime-ext`` command line: the SDK's main tasks for shell users and scripts.

Example::

    $ realtime-ext secret --voice marin
    $ realtime-ext call create --sdp offer.sdp --session '{"type": "realtime"}' --json
    $ realtime-ext sdp inspect offer.sdp --validate offer
    $ realtime-ext translate speech.wav --to es --out translated.wav --transcript
    $ realtime-ext serve-fake --port 8765
    $ realtime-ext record --cassette session.jsonl --port 8766

``secret``, ``call ...``, ``webhook verify`` and ``sdp inspect`` take ``--json``. Errors
print one line on stderr and exit 1 (usage errors exit 2, as argparse does); a closed
output pipe (``| head``) ends the command quietly with status 141.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TypeGuard

from realtime_ext import OpenAIError
from realtime_ext.provider import redact

from ._io import CLIError

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    # The commands' modules load here, not at import: `serve-fake` and `record` hand their
    # flags to the fake server without a parser, and every fault test starts such a process
    # (the sample SDP, the demo's and the WebRTC commands' imports cost it a tenth of a second).
    from . import _call, _demo, _sdp, _secret, _translate, _webhook

    parser = argparse.ArgumentParser(
        prog="realtime-ext",
        description="OpenAI Realtime API from the shell: client secrets, calls, webhooks, SDP.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _secret.register(sub)
    _call.register(sub)
    _webhook.register(sub)
    _sdp.register(sub)
    _translate.register(sub)
    serve = sub.add_parser(
        "serve-fake",
        help="run the local fake Realtime server (REST + WebSocket) for app development",
        add_help=False,
    )
    serve.set_defaults(run=None)
    record = sub.add_parser(
        "record",
        help="record a Realtime session (REST + WebSocket) to a cassette through a local proxy",
        add_help=False,
    )
    record.set_defaults(run=None)
    _demo.register(sub)
    _describe(parser)
    return parser


# The action ``add_subparsers()`` adds: argparse has only a private name for its class.
_SubParsersAction = argparse._SubParsersAction  # pyright: ignore[reportPrivateUsage]


def _is_subcommands(
    action: argparse.Action,
) -> TypeGuard[_SubParsersAction[argparse.ArgumentParser]]:
    return isinstance(action, _SubParsersAction)


def _describe(parser: argparse.ArgumentParser) -> None:
    """Every command's ``--help`` opens with what it does: its one-line help, unless it has
    a longer description of its own (argparse shows ``help`` only in the parent's list)."""
    for action in parser._actions:
        if _is_subcommands(action):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, child in action.choices.items():
                if not child.description and helps.get(name):
                    text = str(helps[name])
                    child.description = text[:1].upper() + text[1:] + "."
                _describe(child)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    Example:
        >>> import pathlib, tempfile
        >>> from realtime_ext.sdp import sample_offer
        >>> offer = pathlib.Path(tempfile.mkdtemp(), "offer.sdp")
        >>> _ = offer.write_text(sample_offer())
        >>> main(["sdp", "inspect", str(offer)])  # doctest: +ELLIPSIS
        SDP (offer), origin - ... 1 media section
        ...
        0
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["serve-fake"]:
        # The fake server owns its flags; hand them over untouched.
        from ..testing.__main__ import main as serve_main

        return serve_main(args_list[1:], prog="realtime-ext serve-fake")
    if args_list[:1] == ["record"]:
        from ..testing.__main__ import record_main

        return record_main(args_list[1:], prog="realtime-ext record")
    args = _parser().parse_args(args_list)
    try:
        status = int(args.run(args))
        sys.stdout.flush()  # a closed pipe shows here, inside the handler below
        return status
    except (CLIError, OpenAIError) as exc:
        print(f"realtime-ext: error: {redact(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``... | head``): stop quietly, as Unix tools do. Python would
        # still fail flushing stdout at exit, so point it at devnull (the documented recipe).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
