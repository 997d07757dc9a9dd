"""GPT-Live, one session kind's code in one place: its connection class (asyncio, and the
generated blocking twin), how it moves to a new session (its carry, its history), the
checks and openings of its three sockets, and ``client.live``'s socket namespaces.

It runs on the core's base (:mod:`realtime_ext._base`: the conversation core, the socket,
``open_started``) and imports nothing that names another kind. Apps import its public names
from :mod:`realtime_ext.conversation` (``AsyncLiveConnection``, ``LiveHistory``...) and
:mod:`realtime_ext.connection` (``LiveConnectOptions``...), and reach its sockets through
``client.live``.
"""
