"""``multipart/form-data`` bodies whose parts each carry their own Content-Type: ``encode``.

Copied into the generated package by scripts/regen.py (``openapi/templates/multipart.py``).
Every operation with a multipart body sends it through :func:`encode`: its ``request_args``
puts the bytes in ``content`` and the Content-Type, boundary included, in ``headers``. A
body whose parts the spec gives a Content-Type (its ``encoding``) has, beside
``to_multipart()``, a static ``encode_multipart(...)`` that takes each part already
serialised (the session JSON an SDK has checked and encoded once, say) and encodes it with
the same names, order and Content-Types.

Written here rather than left to httpx's ``files=``: one ``join`` gives bytes that a retry
can send again, with a known length and no stream object per request; a part carries its
Content-Type, and a filename only when it is given one.

Example::

    from realtime_generated.models import RealtimeCallCreateRequest

    body, content_type = RealtimeCallCreateRequest.encode_multipart(sdp=b"v=0\\r\\n...")
    content_type  # 'multipart/form-data; boundary=realtime-ext-3f9c...'
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable

from .types import FileTypes

__all__ = ["encode"]

BOUNDARY_PREFIX = "realtime-ext-"
# Names, filenames and types go into header lines: a quote, a backslash or a line break would
# corrupt the framing.
_UNSAFE = re.compile(r'["\\\r\n]')
_UNSAFE_HEADER = re.compile(r"[\r\n]")


def _check_token(kind: str, value: str) -> str:
    if not value or _UNSAFE.search(value):
        raise ValueError(f"invalid multipart {kind}: {value!r}")
    return value


def _content(value: object) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8")
    # A file object: all of it, wherever its position is, so the body can be built again.
    getvalue = getattr(value, "getvalue", None)
    data = getvalue() if callable(getvalue) else getattr(value, "read")()
    return data.encode("utf-8") if isinstance(data, str) else bytes(data)


def encode(files: Iterable[tuple[str, FileTypes]]) -> tuple[bytes, str]:
    """Encode ``files`` (what ``to_multipart()`` returns: ``(name, (filename, content,
    content_type[, headers]))`` each) with a fresh random boundary; return ``(body,
    content_type)``.

    Raises ValueError for a name, filename, Content-Type or header that would break the
    framing (a quote, a backslash or a line break).

    Example::

        body, content_type = encode([("session", (None, b"{}", "application/json"))])
        content_type.startswith("multipart/form-data; boundary=")  # True
    """
    heads: list[str] = []
    contents: list[bytes] = []
    for name, part in files:
        filename, content_type = part[0], part[2]
        head = f'\r\nContent-Disposition: form-data; name="{_check_token("field name", name)}"'
        if filename is not None:
            head += f'; filename="{_check_token("filename", filename)}"'
        if content_type is not None:
            head += f"\r\nContent-Type: {_check_token('content type', content_type)}"
        if len(part) == 4:
            for key, text in part[3].items():
                if not key or ":" in key or _UNSAFE_HEADER.search(key + text):
                    raise ValueError(f"invalid multipart part header: {key!r}")
                head += f"\r\n{key}: {text}"
        heads.append(head + "\r\n\r\n")
        contents.append(_content(part[1]))
    while True:
        boundary = BOUNDARY_PREFIX + secrets.token_hex(16)
        delimiter = b"--" + boundary.encode("ascii")
        # 128 random bits never collide in practice; the check keeps it a guarantee.
        if not any(delimiter in content for content in contents):
            break
    chunks: list[bytes] = []
    for head, content in zip(heads, contents):
        chunks += (delimiter, head.encode("utf-8"), content, b"\r\n")
    chunks.append(delimiter + b"--\r\n")
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"
