"""One module per API resource; the clients import each on first use.

Private (issue 35): users reach these classes as the client's attributes
(``client.calls``, ``client.client_secrets``, ``client.sessions``,
``client.transcription_sessions``, ``client.webhooks``), never by importing them. The
reference documents them under those names (docs/reference/resources.md). A session kind's
own resources (``client.live``, ``client.translations``) are in its package
(``realtime_ext._live.rest``, ``realtime_ext._translation.rest``), on :mod:`.shared` and
:mod:`.calls`' offer and SIP helpers.
"""
