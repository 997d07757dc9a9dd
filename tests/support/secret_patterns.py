"""Recognise and redact OpenAI secrets: API keys (sk-), ephemeral keys (ek_), webhook secrets.

Shared by the cassette scrubber (redact before recording) and the committed-cassette scanner
(fail if anything slipped through).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

# The placeholders a scrubbed cassette contains; the scanner does not report them.
PLACEHOLDERS = {"sk": "sk-REDACTED", "ek": "ek_REDACTED", "whsec": "whsec_REDACTED"}

# The look-behind keeps words like "task-force" or "peek_ahead" from matching; the minimum
# length keeps short prose such as "sk-" itself out, while still catching test keys.
_PATTERNS: dict[str, re.Pattern[bytes]] = {
    "sk": re.compile(rb"(?<![A-Za-z0-9_-])sk-[A-Za-z0-9_-]{6,}"),
    "ek": re.compile(rb"(?<![A-Za-z0-9_-])ek_[A-Za-z0-9_-]{6,}"),
    "whsec": re.compile(rb"(?<![A-Za-z0-9_-])whsec_[A-Za-z0-9+/=_-]{6,}"),
}
_PLACEHOLDER_BYTES = {p.encode() for p in PLACEHOLDERS.values()}


def redact_bytes(data: bytes) -> bytes:
    """Replace every secret in ``data`` by its placeholder.

    Example:
        >>> redact_bytes(b'{"value": "ek_abc123def"}')
        b'{"value": "ek_REDACTED"}'
    """
    for kind, pattern in _PATTERNS.items():
        data = pattern.sub(PLACEHOLDERS[kind].encode(), data)
    return data


def redact_text(text: str) -> str:
    """Replace every secret in ``text`` by its placeholder.

    Example:
        >>> redact_text("Bearer sk-test-abc123")
        'Bearer sk-REDACTED'
    """
    return redact_bytes(text.encode("utf-8", "surrogateescape")).decode("utf-8", "surrogateescape")


@dataclass(frozen=True)
class SecretFinding:
    """Where a secret-looking value was found; ``preview`` shows only its first characters.

    Example:
        >>> SecretFinding(Path("c.yaml"), 3, "sk", "sk-tes…")
        SecretFinding(path=PosixPath('c.yaml'), line=3, kind='sk', preview='sk-tes…')
    """

    path: Path
    line: int
    kind: str
    preview: str


def find_secrets(path: Path) -> list[SecretFinding]:
    """Every secret-looking value in one file (placeholders excepted).

    Example:
        >>> find_secrets(Path("tests/cassettes/README.md"))  # doctest: +SKIP
        []
    """
    data = path.read_bytes()
    findings = []
    for kind, pattern in _PATTERNS.items():
        for match in pattern.finditer(data):
            if match.group() in _PLACEHOLDER_BYTES:
                continue
            line = data.count(b"\n", 0, match.start()) + 1
            # Never print the secret itself: a failing CI log must not leak it.
            preview = match.group()[:6].decode("ascii", "replace") + "…"
            findings.append(SecretFinding(path, line, kind, preview))
    return findings


def scan_tree(root: Path) -> list[SecretFinding]:
    """:func:`find_secrets` over every file below ``root``.

    Example:
        >>> scan_tree(Path("tests/cassettes"))  # doctest: +SKIP
        []
    """
    return [f for p in sorted(root.rglob("*")) if p.is_file() for f in find_secrets(p)]
