"""``multipart/form-data`` bodies whose parts each carry their own Content-Type.

Hand-written rather than httpx's ``files=``: the body is a few known byte strings, so one
``join`` yields replayable bytes (retries resend them) with a known length, no stream objects
per call, and each part carries only its name and Content-Type (no filename). The names,
their order and types are the caller's: ``calls.create`` takes them from the generated
``RealtimeCallCreateRequest.to_multipart()`` (``sdp`` as ``application/sdp``, ``session`` as
``application/json``, as the spec's ``encoding`` declares).

Example::

    body, content_type = encode_multipart([("sdp", "application/sdp", b"v=0\\r\\n...")])
    content_type  # 'multipart/form-data; boundary=realtime-ext-3f9c...'
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence

__all__ = ["Part", "encode_multipart"]

Part = tuple[str, str, bytes]
"""(field name, Content-Type, content)."""

_BOUNDARY_PREFIX = "realtime-ext-"


def _check_token(kind: str, value: str) -> None:
    # Names and types go into header lines: quotes or line breaks would corrupt the framing.
    if not value or any(c in value for c in '"\r\n\\'):
        raise ValueError(f"invalid multipart {kind}: {value!r}")


def encode_multipart(parts: Sequence[Part]) -> tuple[bytes, str]:
    """Encode ``parts`` with a fresh random boundary; return ``(body, content_type)``.

    Example::

        body, ctype = encode_multipart([("session", "application/json", b"{}")])
        ctype.startswith("multipart/form-data; boundary=")  # True
    """
    for name, content_type, _ in parts:
        _check_token("field name", name)
        _check_token("content type", content_type)
    while True:
        boundary = _BOUNDARY_PREFIX + secrets.token_hex(16)
        delimiter = b"--" + boundary.encode("ascii")
        # 128 random bits never collide in practice; the check keeps it a guarantee.
        if not any(delimiter in content for _, _, content in parts):
            break
    chunks: list[bytes] = []
    for name, content_type, content in parts:
        chunks.append(
            b'%s\r\nContent-Disposition: form-data; name="%s"\r\nContent-Type: %s\r\n\r\n'
            % (delimiter, name.encode("utf-8"), content_type.encode("ascii"))
        )
        chunks.append(content)
        chunks.append(b"\r\n")
    chunks.append(delimiter + b"--\r\n")
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"
