"""Session-wide test kit: the network guard (autouse) and the Prism fixtures, and the suite's tiers.

The implementations live in tests/support/ (importable as ``support``).

Tiers (pytest markers registered in pyproject.toml, chosen by support/tiers.py from each test's
path): ``make test`` runs the unit tests first (``-m unit``), so a failure shows in minutes, then
the browser, docs and tooling tests.
"""

from typing import Any

import pytest

from support import spec_examples
from support.fixtures import no_internet, prism_server, prism_url
from support.tiers import tier_of

__all__ = ["no_internet", "prism_server", "prism_url", "upstream_subset"]


@pytest.fixture(scope="session", autouse=True)
def loopback_ice() -> None:
    """The explicit opt-in: WebRTC calls to the fake server on 127.0.0.1 gather on loopback."""
    from realtime_ext.webrtc import aiortc_available

    if aiortc_available():  # the generated-alone and lowest environments may lack it
        from realtime_ext.testing import use_loopback_ice

        use_loopback_ice()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        item.add_marker(tier_of(item.path))


@pytest.fixture(scope="session")
def upstream_subset() -> dict[str, Any]:
    """The pinned spec's realtime subset as upstream wrote it (no normalisation)."""
    return spec_examples.upstream_subset()
