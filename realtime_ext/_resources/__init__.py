"""One module per API resource; the clients import each on first use.

Private (issue 35): users reach these classes as the client's attributes
(``client.calls``, ``client.client_secrets``, ``client.sessions``,
``client.transcription_sessions``, ``client.webhooks``; ``client.translations.client_secrets``
and ``.calls``), never by importing them. The reference documents them under those names
(docs/reference/resources.md).
"""
