"""The translation session kind's code in one place: its descriptor (``TRANSLATION``), its
connection class (asyncio, and the generated blocking twin) and its WebSocket entry points
(``connect_translation``, ``aconnect_translation``, what ``client.translations.connect``
opens).

It runs on the core's base (:mod:`realtime_ext._base`) and names no other kind. Apps import
its public names from :mod:`realtime_ext.conversation` and :mod:`realtime_ext.connection`;
what an app attaches to a translation session (transcripts, WAV recorders) is the voice
layer's :mod:`realtime_ext.translation`, another distribution's.
"""
