"""Test kit: Prism mock server, network guard, secret-safe vcrpy cassettes."""

from support.cassettes import CASSETTE_DIR, make_vcr, scrub_request, scrub_response
from support.netguard import NetworkBlockedError
from support.pinned_spec import SpecIntegrityError, SpecPin, locate_pinned_spec
from support.prism import (
    PrismError,
    PrismServer,
    Violation,
    assert_request_accepted,
    prism_problem,
    request_violations,
    start_prism,
    violations,
)
from support.secret_patterns import SecretFinding, find_secrets, redact_text, scan_tree

__all__ = [
    "CASSETTE_DIR",
    "NetworkBlockedError",
    "PrismError",
    "PrismServer",
    "SecretFinding",
    "SpecIntegrityError",
    "SpecPin",
    "Violation",
    "assert_request_accepted",
    "find_secrets",
    "locate_pinned_spec",
    "make_vcr",
    "prism_problem",
    "redact_text",
    "request_violations",
    "scan_tree",
    "scrub_request",
    "scrub_response",
    "start_prism",
    "violations",
]
