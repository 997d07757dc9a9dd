"""Handler registry (it lives with the conversation core; re-exported for old imports)."""

from realtime_ext.conversation._handlers import ANY, Handler, Handlers, event_type

__all__ = ["ANY", "Handler", "Handlers", "event_type"]
