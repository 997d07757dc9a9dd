"""The one redactor: what it masks, what it leaves, and the logging filter."""

from __future__ import annotations

import logging

import pytest

from realtime_ext._redact import RedactingFilter, get_logger, redact, redact_data

WHSEC = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw/ab+c="


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("key sk-proj-abc123def456", "key sk-***"),
        ("sk-svcacct-ab_cd-ef12345", "sk-***"),
        ("ek_68af1234abcdef done.", "ek_*** done."),
        (f"secret={WHSEC}!", "secret=whsec_***!"),
        (f"({WHSEC})", "(whsec_***)"),
        ("Authorization: Bearer abc", "Authorization: ***"),
        ("{'authorization': 'Bearer sk-x1234567890'}", "{'authorization': '***'}"),
        ("headers Bearer some.jwt-token end", "headers Bearer *** end"),
        ("api_key='plainvalue'", "api_key='***'"),
        ("{'client_secret': 'plainvalue'}", "{'client_secret': '***'}"),
    ],
)
def test_masks(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "disk-usage",
        "risk-free sk-learn",
        "task_ek_x",
        "pass api_key= or set OPENAI_API_KEY",
        "api_key: must be a string",
        "Bearer ***",
        "the client_secret field",
    ],
)
def test_leaves_prose_alone(text: str) -> None:
    assert redact(text) == text


def test_exact_secrets_without_a_prefix() -> None:
    assert redact("token my-secret-key here", ["my-secret-key"]) == "token *** here"
    assert redact("abc", [""]) == "abc"  # an empty secret masks nothing


def test_redact_data_keeps_structure() -> None:
    body = {"error": {"param": "sk-abc123def456", "codes": ["ek_abcdef123456", 3]}}
    assert redact_data(body) == {"error": {"param": "sk-***", "codes": ["ek_***", 3]}}


def test_filter_rewrites_message_args_and_traceback(caplog: pytest.LogCaptureFixture) -> None:
    logger = get_logger("realtime_ext.test_redact")
    assert get_logger("realtime_ext.test_redact").filters.count(logger.filters[0]) == 1
    with caplog.at_level(logging.DEBUG, logger="realtime_ext.test_redact"):
        logger.debug("> %s: %s", "Authorization", "Bearer sk-proj-abcdef123456")
        try:
            raise RuntimeError("boom ek_abcdef123456")
        except RuntimeError:
            logger.exception("failed with %s", WHSEC)
    text = caplog.text
    assert "Authorization: ***" in text
    assert "ek_***" in text and "whsec_***" in text
    assert "abcdef123456" not in text and "MfKQ" not in text


def test_filter_survives_a_bad_format_string() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "%s %s", ("sk-abcdef123456",), None)
    assert RedactingFilter().filter(record)
    assert "abcdef123456" not in record.getMessage()
