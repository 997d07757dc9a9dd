"""Session-wide test kit: the network guard (autouse) and the Prism fixtures.

The implementations live in tests/support/ (importable as ``support``).
"""

from typing import Any

import pytest

from support import spec_examples
from support.fixtures import no_internet, prism_server, prism_url

__all__ = ["no_internet", "prism_server", "prism_url", "upstream_subset"]


@pytest.fixture(scope="session")
def upstream_subset() -> dict[str, Any]:
    """The pinned spec's realtime subset as upstream wrote it (no normalisation)."""
    return spec_examples.upstream_subset()
