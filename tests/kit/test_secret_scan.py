"""No committed cassette contains a secret, and the scanner really finds them."""

from __future__ import annotations

from pathlib import Path

from support.cassettes import CASSETTE_DIR
from support.secret_patterns import find_secrets, redact_text, scan_tree


def test_committed_cassettes_contain_no_secret() -> None:
    assert CASSETTE_DIR.is_dir()
    findings = scan_tree(CASSETTE_DIR)
    assert findings == [], "secrets in committed cassettes:\n" + "\n".join(
        f"  {f.path}:{f.line}: {f.kind} {f.preview}" for f in findings
    )


def test_scanner_finds_each_kind_with_its_line(tmp_path: Path) -> None:
    leaked = tmp_path / "leak.yaml"
    leaked.write_text(
        "a: 1\n"
        "authorization: Bearer sk-proj-Abc123xyz789\n"
        'body: \'{"value": "ek_68af296e8e408191"}\'\n'
        "secret: whsec_MfKQ9r8GKYqrTwjU+D8=\n",
        encoding="utf-8",
    )
    findings = find_secrets(leaked)
    assert sorted((f.kind, f.line) for f in findings) == [("ek", 3), ("sk", 2), ("whsec", 4)]
    # The report never repeats the whole secret.
    assert all("Abc123xyz789" not in f.preview for f in findings)
    assert scan_tree(tmp_path) == findings


def test_placeholders_and_lookalike_words_are_not_findings(tmp_path: Path) -> None:
    clean = tmp_path / "clean.yaml"
    clean.write_text(
        redact_text("Bearer sk-test-abc123 ek_abcdef123 whsec_abcdef123")
        + "\ntask-scheduler peek_ahead_value disk-usage sk-\n",
        encoding="utf-8",
    )
    assert find_secrets(clean) == []
