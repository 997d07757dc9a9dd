"""Input and output conventions shared by every subcommand."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, NoReturn


class CLIError(Exception):
    """A failure to report as one line on stderr, with exit status 1."""


def read_text(source: str) -> str:
    """Read a file path, or standard input for ``-``."""
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise CLIError(f"no such file: {source}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CLIError(f"cannot read {source}: {exc}") from None


def read_json_object(value: str, what: str) -> dict[str, Any]:
    """Parse inline JSON, or ``@FILE`` / ``@-`` for JSON from a file or stdin."""
    text = read_text(value[1:]) if value.startswith("@") else value
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CLIError(f"{what} is not valid JSON: {exc.msg} (line {exc.lineno})") from None
    if not isinstance(data, dict):
        raise CLIError(f"{what} must be a JSON object, got {type(data).__name__}")
    return data


def emit(as_json: bool, data: dict[str, Any], human: str) -> None:
    """Print ``data`` as one JSON document, or the human text."""
    if as_json:
        print(json.dumps(data, indent=2, sort_keys=True, default=str))
    else:
        print(human)


def fail(message: str) -> NoReturn:
    raise CLIError(message)
