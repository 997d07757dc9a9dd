"""The architecture page's checklist for adding a session kind stays true (issue 80).

``docs/architecture.md``'s "Adding a session kind" lists the files a new kind takes and the
names it builds on. A file that moves or a name that goes would leave a contributor a
checklist that lies: every path it names must exist, a kind package's file names must be
GPT-Live's and translation's files (the kinds it takes as examples), and every name it
gives in code must be importable where the page says.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "architecture.md"
HEADING = "## Adding a session kind"
KIND_PACKAGES = (ROOT / "realtime_ext" / "_live", ROOT / "realtime_ext" / "_translation")

NAMES = {
    "SessionKind": "realtime_ext.conversation",
    "AsyncSessionConnection": "realtime_ext._base.conversation_async",
    "open_started": "realtime_ext._base.connection_async",
    "Decoder": "realtime_ext.events._parse",
    "paired": "realtime_ext.events._parse",
    "Emitter": "realtime_ext.events._sends",
    "AsyncPeerCall": "realtime_ext.webrtc._peer_call_async",
    "KIND_WORDS": "tests.architecture.test_session_kinds",
    "KIND_PACKAGES": "tests.architecture.test_session_kinds",
    "NAMESPACES": "tests.architecture.test_session_kinds",
}
"""Each name in code the checklist gives, and where it is defined."""


def section(text: str) -> str:
    """The checklist: from its heading to the next heading of its level (or the end)."""
    start = text.index(HEADING)
    rest = text[start + len(HEADING) :]
    end = re.search(r"^## ", rest, re.MULTILINE)
    return rest[: end.start()] if end else rest


def quoted(text: str) -> list[str]:
    """What the text puts in backticks."""
    return re.findall(r"`([^`\n]+)`", text)


def missing_paths(text: str) -> list[str]:
    """The paths the checklist names that are not in the repository: a path with a slash
    from the root (``realtime_generated/...`` under ``generated/``), a bare module name in
    GPT-Live's package (``kind.py``)."""
    missing = []
    for token in quoted(text):
        if " " in token or not token.endswith((".py", ".yaml", "/")):
            continue
        if "/" not in token:
            if not (KIND_PACKAGES[0] / token).exists():
                missing.append(token)
            continue
        base = ROOT / "generated" if token.startswith("realtime_generated/") else ROOT
        if not (base / token).exists():
            missing.append(token)
    return missing


def test_the_checklist_names_only_files_that_exist() -> None:
    text = section(PAGE.read_text(encoding="utf-8"))
    assert missing_paths(text) == []
    assert "realtime_ext/_live/" in quoted(text)  # the scan read the list


def test_a_kind_packages_files_are_the_examples_files() -> None:
    text = section(PAGE.read_text(encoding="utf-8"))
    files = {token for token in quoted(text) if re.fullmatch(r"\w+\.py", token)}
    assert {"kind.py", "connection_async.py", "connect.py", "rest.py"} <= files
    for package in KIND_PACKAGES:
        assert {name for name in files if (package / name).exists()} == files, package.name


def test_the_names_it_builds_on_are_where_it_says() -> None:
    text = section(PAGE.read_text(encoding="utf-8"))
    for name, module in NAMES.items():
        assert name in quoted(text), name
        assert hasattr(importlib.import_module(module), name), (module, name)


def test_the_check_finds_a_moved_file() -> None:
    text = "`realtime_ext/_resources/shared.py`, `realtime_ext/_resources/_shared.py`, `nope.py`"
    assert missing_paths(text) == ["realtime_ext/_resources/_shared.py", "nope.py"]
