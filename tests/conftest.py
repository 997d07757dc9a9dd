"""Session-wide test kit: the network guard (autouse) and the Prism fixtures.

The implementations live in tests/support/ (importable as ``support``).
"""

from support.fixtures import no_internet, prism_server, prism_url

__all__ = ["no_internet", "prism_server", "prism_url"]
