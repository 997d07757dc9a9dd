"""Input and output conventions shared by every subcommand."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Protocol, cast


class CLIError(Exception):
    """A failure to report as one line on stderr, with exit status 1."""


class Commands(Protocol):
    """What ``ArgumentParser.add_subparsers()`` returns, as ``register`` uses it (argparse's
    class for it has only a private name)."""

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser: ...


# The largest input file a subcommand reads (SDPs, webhook bodies, JSON): far above any real
# one, and read with a cap so /dev/zero or a huge file is refused without filling memory.
MAX_INPUT_BYTES = 16 * 1024 * 1024


def _capped(data: bytes, source: str) -> bytes:
    if len(data) > MAX_INPUT_BYTES:
        raise CLIError(f"{source} is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MiB")
    return data


def read_text(source: str) -> str:
    """Read a file path, or standard input for ``-`` (at most :data:`MAX_INPUT_BYTES`)."""
    if source == "-":
        stdin = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
        if stdin is None:  # a replaced text stream (tests): characters stand in for bytes
            text = sys.stdin.read(MAX_INPUT_BYTES + 1)
            if len(text) > MAX_INPUT_BYTES:
                raise CLIError(f"stdin is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MiB")
            return text
        try:
            return _capped(stdin.read(MAX_INPUT_BYTES + 1), "stdin").decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CLIError(f"cannot read stdin: {exc}") from None
    path = Path(source)
    try:
        with path.open("rb") as handle:
            return _capped(handle.read(MAX_INPUT_BYTES + 1), source).decode("utf-8")
    except FileNotFoundError:
        raise CLIError(f"no such file: {source}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CLIError(f"cannot read {source}: {exc}") from None


def read_json_object(value: str, what: str) -> dict[str, Any]:
    """Parse inline JSON, or ``@FILE`` / ``@-`` for JSON from a file or stdin."""
    return parse_json_object(read_text(value[1:]) if value.startswith("@") else value, what)


def parse_json_object(text: str, what: str) -> dict[str, Any]:
    """``text`` as a JSON object; a :class:`CLIError` naming ``what`` (the flag) otherwise:
    invalid JSON (with its line), undecodable JSON (a 4,300+ digit number, deep nesting) or
    another JSON value."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CLIError(f"{what} is not valid JSON: {exc.msg} (line {exc.lineno})") from None
    except (ValueError, RecursionError) as exc:
        raise CLIError(f"{what} is not decodable JSON ({type(exc).__name__})") from None
    if not isinstance(data, dict):
        raise CLIError(f"{what} must be a JSON object, got {type(data).__name__}")
    return cast("dict[str, Any]", data)  # a JSON object: str keys


def read_session(
    value: str, kinds: tuple[str, ...], *, default_type: str | None = None
) -> dict[str, Any]:
    """``--session``: JSON (or ``@FILE``) checked by the SDK's one session validator, so a
    typo fails here (``--session: session.instrucions: unknown field, did you mean
    'instructions'? ...``) before a client is made or anything is sent."""
    from ..session import SessionConfigError
    from ..session.body import session_body

    data = read_json_object(value, "--session")
    try:
        return session_body(data, kinds, default_type=default_type)
    except SessionConfigError as exc:
        raise CLIError(f"--session: {exc}") from None


def emit(as_json: bool, data: dict[str, Any], human: str) -> None:
    """Print ``data`` as one JSON document, or the human text."""
    if as_json:
        print(json.dumps(data, indent=2, sort_keys=True, default=str))
    else:
        print(human)
