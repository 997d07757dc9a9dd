"""Errors raised while turning wire data into events (or events into wire data)."""

from __future__ import annotations

from realtime_ext._errors import InvalidArgumentError, RealtimeError


class EventDecodeError(RealtimeError, ValueError):
    """A message is not a JSON object, so it cannot be an event at all.

    This is the only error decoding raises: an unknown ``type`` or a field shape the spec
    does not describe gives an :class:`~realtime_ext.events.UnknownEvent` instead.

    Example::

        parse_server_event("{not json")  # EventDecodeError: message is not valid JSON ...
    """


class InvalidEventError(InvalidArgumentError):
    """A client event handed to ``send`` (or a constructor) is not a usable event.

    Example::

        to_payload({"audio": "..."})  # InvalidEventError: client event has no 'type' ...
    """
