"""The recording client of tests/validation, for the REST argument loop."""

from tests.validation.conftest import client, wire

__all__ = ["client", "wire"]
