"""What the core provides to the packages built on it: the one interface the other
distributions (voice-agent, endpoints, test doubles) and extension authors use besides the
public names of :mod:`realtime_ext` and its subpackages.

A feature attaches to a live session through :class:`realtime_ext.Extension`; what it needs
of the core's plumbing to behave as the SDK does is here, so it never imports a private
module of the core:

- errors and logs without secrets: :func:`redact`, :func:`redact_data`, :func:`short_repr`,
  :func:`escape_surrogates`, :func:`unmasked_secrets`, :func:`get_logger`,
  :func:`websockets_logger`, ``SAFE_QUERY_PARAMETERS``;
- JSON from the wire or an untyped caller: :func:`strict_loads`, :func:`is_dict`,
  :func:`is_list`, :func:`is_mapping`;
- the checks every builder runs, raising the SDK's errors: :func:`check_str`,
  :func:`check_bool`, :func:`check_str_list`, :func:`check_mapping` (each field by a
  ``Checker``), :func:`merge_extra`, :func:`show`, :func:`check_count`,
  :func:`check_seconds`, :func:`is_loopback_host`, :func:`check_close_frame`;
- time: :class:`Clock` (what the SDK reads and waits on; ``SYSTEM_CLOCK`` the real one);
- what an asyncio entry point returns (:class:`Opening`) and the ``async with`` protocol of
  what has a ``close`` (:class:`AsyncClosing`);
- text built from deltas, bounded: :class:`BoundedText` (``DEFAULT_MAX_TEXT_CHARS``);
- a history's bound on its items, one rule for every session kind: :class:`MaxItems`,
  :func:`check_max_items`;
- the optional sounddevice package: :func:`load_sounddevice`, :func:`open_stream`,
  :func:`close_stream`, ``SOUNDDEVICE_INSTALL_HINT``.

Each name loads on first use (importing this module loads none of them).

Example:
    >>> from realtime_ext.provider import redact, strict_loads
    >>> redact("Authorization: Bearer sk-proj-abcdefghijklmnopqrstuv")
    'Authorization: ***'
    >>> strict_loads('{"type": "ping"}')
    {'type': 'ping'}
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._checks import Checker as Checker
    from ._checks import check_bool as check_bool
    from ._checks import check_mapping as check_mapping
    from ._checks import check_str as check_str
    from ._checks import check_str_list as check_str_list
    from ._checks import merge_extra as merge_extra
    from ._checks import show as show
    from ._clock import SYSTEM_CLOCK as SYSTEM_CLOCK
    from ._clock import Clock as Clock
    from ._close_frame import check_close_frame as check_close_frame
    from ._closing import AsyncClosing as AsyncClosing
    from ._config import check_count as check_count
    from ._config import check_seconds as check_seconds
    from ._config import is_loopback_host as is_loopback_host
    from ._json import is_dict as is_dict
    from ._json import is_list as is_list
    from ._json import is_mapping as is_mapping
    from ._json import strict_loads as strict_loads
    from ._max_items import MaxItems as MaxItems
    from ._max_items import check_max_items as check_max_items
    from ._opening import Opening as Opening
    from ._redact import SAFE_QUERY_PARAMETERS as SAFE_QUERY_PARAMETERS
    from ._redact import escape_surrogates as escape_surrogates
    from ._redact import get_logger as get_logger
    from ._redact import redact as redact
    from ._redact import redact_data as redact_data
    from ._redact import short_repr as short_repr
    from ._redact import unmasked_secrets as unmasked_secrets
    from ._redact import websockets_logger as websockets_logger
    from ._sounddevice import INSTALL_HINT as SOUNDDEVICE_INSTALL_HINT
    from ._sounddevice import close_stream as close_stream
    from ._sounddevice import load_sounddevice as load_sounddevice
    from ._sounddevice import open_stream as open_stream
    from ._text import DEFAULT_MAX_TEXT_CHARS as DEFAULT_MAX_TEXT_CHARS
    from ._text import BoundedText as BoundedText

# name -> (the core's module, its name there); read by __getattr__ on first use.
_LAZY: dict[str, tuple[str, str]] = {
    "Checker": ("._checks", "Checker"),
    "check_bool": ("._checks", "check_bool"),
    "check_mapping": ("._checks", "check_mapping"),
    "check_str": ("._checks", "check_str"),
    "check_str_list": ("._checks", "check_str_list"),
    "merge_extra": ("._checks", "merge_extra"),
    "show": ("._checks", "show"),
    "Clock": ("._clock", "Clock"),
    "SYSTEM_CLOCK": ("._clock", "SYSTEM_CLOCK"),
    "check_close_frame": ("._close_frame", "check_close_frame"),
    "AsyncClosing": ("._closing", "AsyncClosing"),
    "check_count": ("._config", "check_count"),
    "check_seconds": ("._config", "check_seconds"),
    "is_loopback_host": ("._config", "is_loopback_host"),
    "is_dict": ("._json", "is_dict"),
    "is_list": ("._json", "is_list"),
    "is_mapping": ("._json", "is_mapping"),
    "strict_loads": ("._json", "strict_loads"),
    "Opening": ("._opening", "Opening"),
    "SAFE_QUERY_PARAMETERS": ("._redact", "SAFE_QUERY_PARAMETERS"),
    "escape_surrogates": ("._redact", "escape_surrogates"),
    "get_logger": ("._redact", "get_logger"),
    "redact": ("._redact", "redact"),
    "redact_data": ("._redact", "redact_data"),
    "short_repr": ("._redact", "short_repr"),
    "unmasked_secrets": ("._redact", "unmasked_secrets"),
    "websockets_logger": ("._redact", "websockets_logger"),
    "SOUNDDEVICE_INSTALL_HINT": ("._sounddevice", "INSTALL_HINT"),
    "close_stream": ("._sounddevice", "close_stream"),
    "load_sounddevice": ("._sounddevice", "load_sounddevice"),
    "open_stream": ("._sounddevice", "open_stream"),
    "DEFAULT_MAX_TEXT_CHARS": ("._text", "DEFAULT_MAX_TEXT_CHARS"),
    "BoundedText": ("._text", "BoundedText"),
    "MaxItems": ("._max_items", "MaxItems"),
    "check_max_items": ("._max_items", "check_max_items"),
}

__all__ = [
    "DEFAULT_MAX_TEXT_CHARS",
    "SAFE_QUERY_PARAMETERS",
    "SOUNDDEVICE_INSTALL_HINT",
    "SYSTEM_CLOCK",
    "AsyncClosing",
    "BoundedText",
    "Checker",
    "Clock",
    "MaxItems",
    "Opening",
    "check_bool",
    "check_close_frame",
    "check_count",
    "check_mapping",
    "check_max_items",
    "check_seconds",
    "check_str",
    "check_str_list",
    "close_stream",
    "escape_surrogates",
    "get_logger",
    "is_dict",
    "is_list",
    "is_loopback_host",
    "is_mapping",
    "load_sounddevice",
    "merge_extra",
    "open_stream",
    "redact",
    "redact_data",
    "short_repr",
    "show",
    "strict_loads",
    "unmasked_secrets",
    "websockets_logger",
]


def __getattr__(name: str) -> Any:
    try:
        module_name, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module_name, "realtime_ext"), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
