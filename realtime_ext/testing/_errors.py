"""The test doubles' own errors: a scenario or cassette file that cannot be used, a replay
that left part of its cassette unplayed. They live with the fake server, not in the core's
exception tree, so a production install carries none of them."""

from __future__ import annotations

from realtime_ext import OpenAIError

__all__ = ["CassetteError", "RealtimeCassetteWarning", "ScenarioError"]


class ScenarioError(OpenAIError, ValueError):
    """A scenario that does not follow the schema; the message names the place.

    >>> from realtime_ext.testing import Scenario
    >>> Scenario.from_dict({"responses": [{"text": 5}]})
    Traceback (most recent call last):
    ...
    realtime_ext.testing.ScenarioError: scenario: responses[0]: text: expected a string, got int
    """


class CassetteError(OpenAIError, ValueError):
    """A cassette file that cannot be read (the message names the file and line)."""


class RealtimeCassetteWarning(UserWarning):
    """A replayed session left part of its cassette unplayed (requests or connections never
    made, client events never sent); the ``realtime_cassette`` fixture fails instead in
    record mode ``none``."""


# Shown where they are imported from (tracebacks, docs): the package's public path.
for _cls in (ScenarioError, CassetteError, RealtimeCassetteWarning):
    _cls.__module__ = "realtime_ext.testing"
del _cls
