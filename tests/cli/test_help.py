"""Every command's ``--help`` says what it does (issue 25, item 5): a description under the
usage for each command and subcommand, the fake server's and the recorder's included."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator

import pytest

from realtime_ext.cli import _parser, main


def _commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield (*path, name), child
                yield from _commands(child, (*path, name))


COMMANDS = sorted(_commands(_parser()), key=lambda item: item[0])


def test_the_tree_is_walked() -> None:
    names = {" ".join(path) for path, _ in COMMANDS}
    assert {"call create", "demo", "sdp inspect", "sdp sample", "webhook verify"} <= names


def _description(help_text: str) -> str:
    """The paragraph between the usage lines and the argument lists."""
    after_usage = re.split(r"\n\s*\n", help_text, maxsplit=1)[1]
    first = after_usage.split("\n\n", 1)[0]
    return "" if first.rstrip().endswith(":") else first.strip()


@pytest.mark.parametrize(
    "path", [path for path, _ in COMMANDS], ids=[" ".join(p) for p, _ in COMMANDS]
)
def test_each_command_help_has_a_description(
    path: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main([*path, "--help"])
    assert info.value.code == 0
    text = _description(capsys.readouterr().out)
    assert len(text) > 15, f"realtime-ext {' '.join(path)} --help has no description"


def test_missing_webhook_secret_is_said_in_the_shells_terms(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENAI_WEBHOOK_SECRET", raising=False)
    assert main(["webhook", "verify", "--payload", "-", "--headers", "/dev/null"]) == 1
    err = capsys.readouterr().err
    assert "pass --secret whsec_... or set OPENAI_WEBHOOK_SECRET" in err
    assert "***" not in err and "=..." not in err
