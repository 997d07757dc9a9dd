"""The pytest fixtures of the test kit; ``tests/conftest.py`` re-exports them.

Example (in a test module):
    >>> def test_create(prism_url: str) -> None:  # doctest: +SKIP
    ...     httpx.post(prism_url + "/realtime/client_secrets", json={}, headers=AUTH)
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from support import netguard
from support.pinned_spec import locate_pinned_spec
from support.prism import PrismServer, start_prism
from support.prism_compat import make_prism_compatible
from support.served_fake import ServedFake

RAW_SPEC_ENV = "REALTIME_EXT_PRISM_RAW_SPEC"


@pytest.fixture(scope="session", autouse=True)
def no_internet() -> Iterator[None]:
    """Active for the whole session: any non-loopback connection raises NetworkBlockedError."""
    netguard.install()
    yield
    netguard.uninstall()


@pytest.fixture(scope="session")
def prism_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrismServer]:
    """Prism serving the pinned spec on 127.0.0.1, stopped at the end of the session."""
    work = tmp_path_factory.mktemp("prism")
    spec = locate_pinned_spec()
    if os.environ.get(RAW_SPEC_ENV) != "1":
        compat = make_prism_compatible(spec, work)
        if compat.rewritten:
            # Loud on purpose: Prism serves a rewritten copy, never silently.
            warnings.warn(
                f"Prism serves the pinned spec with {len(compat.rewritten)} type-less "
                f"'nullable' schemas rewritten (see tests/support/prism_compat.py); "
                f"set {RAW_SPEC_ENV}=1 to serve it byte for byte",
                stacklevel=1,
            )
        spec = compat.path
    server = start_prism(spec, work)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def prism_url(prism_server: PrismServer) -> str:
    """The client's base_url for Prism, e.g. ``http://127.0.0.1:41234`` (paths have no /v1)."""
    return prism_server.base_url


@pytest.fixture
def served(tmp_path: Path) -> Iterator[ServedFake]:
    """A ``serve-fake`` subprocess to kill, restart, freeze and thaw (not yet started)."""
    fake = ServedFake(tmp_path)
    try:
        yield fake
    finally:
        fake.close()
