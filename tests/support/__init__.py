"""Test kit: Prism mock server, network guard, secret-safe vcrpy cassettes.

The names below are loaded on first use (PEP 562), not when a test imports any ``support``
module: vcrpy alone took a third of a second to import, in every pytest-xdist worker and
the controller, although only the cassette tests use it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Each name and the module that defines it.
_HOMES = {
    "CASSETTE_DIR": "cassettes",
    "make_vcr": "cassettes",
    "scrub_request": "cassettes",
    "scrub_response": "cassettes",
    "NetworkBlockedError": "netguard",
    "SpecIntegrityError": "pinned_spec",
    "SpecPin": "pinned_spec",
    "locate_pinned_spec": "pinned_spec",
    "PrismError": "prism",
    "PrismServer": "prism",
    "Violation": "prism",
    "assert_request_accepted": "prism",
    "prism_problem": "prism",
    "request_violations": "prism",
    "start_prism": "prism",
    "violations": "prism",
    "SecretFinding": "secret_patterns",
    "find_secrets": "secret_patterns",
    "redact_text": "secret_patterns",
    "scan_tree": "secret_patterns",
}

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


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'support' has no attribute {name!r}")
    return getattr(importlib.import_module(f"support.{home}"), name)
