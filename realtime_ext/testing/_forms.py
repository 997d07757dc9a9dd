"""``multipart/form-data`` bodies, parsed with the standard library's :mod:`email` parser."""

from __future__ import annotations

import email.parser
import email.policy


def parse_multipart(content_type: str, body: bytes) -> dict[str, bytes]:
    """Map each form field name to its raw bytes.

    >>> disposition = b'Content-Disposition: form-data; name="sdp"'
    >>> body = b"--b\\r\\n" + disposition + b"\\r\\n\\r\\nv=0\\r\\n--b--\\r\\n"
    >>> parse_multipart("multipart/form-data; boundary=b", body)
    {'sdp': b'v=0'}
    """
    if "boundary=" not in content_type:
        raise ValueError("multipart/form-data body without a boundary parameter")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1")
    parser = email.parser.BytesParser(policy=email.policy.HTTP)
    message = parser.parsebytes(head + body)
    if not message.is_multipart():
        raise ValueError("body is not a valid multipart/form-data document")
    fields: dict[str, bytes] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if isinstance(name, str):
            payload = part.get_payload(decode=True)
            fields[name] = payload if isinstance(payload, bytes) else b""
    return fields
