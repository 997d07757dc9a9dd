"""The conversation core every session kind runs on: the core's shared base, below the kinds
and the namespaces that expose them.

The sans-I/O core (:mod:`.core`: decode, dispatch, errors, handlers, extensions, the send
queue, reconnect and rollover), its two drivers (:mod:`.conversation_async` and its
generated blocking twin :mod:`.conversation_sync`, with their executors and backends), what a
session carries to a new one (:mod:`.carry`, :mod:`.reconnect`, :mod:`.policy`), and the
session kind's descriptor (:mod:`.protocol`: :class:`~.protocol.SessionKind`, with the
Realtime conversation's, the default). A kind of session (GPT-Live's, translation's) is its
descriptor and its classes, in :mod:`realtime_ext.conversation`, which imports from here and
is where apps import every public name of it; nothing here names a kind's classes.

Private to the core distribution: other packages import from
:mod:`realtime_ext.conversation` (and the kinds' modules, being the core's, from the modules
here).
"""
