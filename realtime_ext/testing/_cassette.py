"""Session cassettes: a recorded Realtime session (REST exchanges and WebSocket events in
both directions, with timing) as JSON lines, one record per line, in the order things
happened, so a re-recording diffs line by line.

Records (``kind``)::

    {"kind": "cassette", "version": 1, "upstream": "https://api.openai.com/v1"}
    {"kind": "http", "t": 0.012, "method": "POST", "path": "/v1/realtime/client_secrets",
     "query": {}, "request": {"content_type": "application/json", "json": {...}},
     "status": 200, "response": {"content_type": "application/json", "json": {...}}}
    {"kind": "ws.open", "conn": 0, "t": 0.1, "path": "/v1/realtime",
     "query": {"model": ["gpt-realtime"]}, "status": 101}
    {"kind": "ws.client", "conn": 0, "t": 0.2, "event": {...}}
    {"kind": "ws.server", "conn": 0, "t": 0.21, "event": {...}}
    {"kind": "ws.close", "conn": 0, "t": 3.5, "by": "client", "code": 1000, "reason": ""}

A body is ``json`` (parsed), ``text`` (e.g. SDP) or ``base64``. Nothing secret is written:
headers are not recorded (only the content type, and a response's ``Location``), every
string goes through the SDK's one redactor (``sk-``/``ek_``/``whsec_`` keys, bearer tokens),
SDP ICE credentials (``a=ice-ufrag``/``a=ice-pwd``) are replaced, and exact values the
recorder saw in ``Authorization`` or ``api-key`` headers or was given (``scrub=``) are masked
wherever they appear. Secrets are also masked by where they stand, whatever they look like:
every value under a credential-like key (``authorization``, ``api_key``, ``password``, ``*secret*``,
``*token*``; not ``*tokens``, which are counts) and every value of a ``headers`` object (an
MCP tool's). Every body kind is scrubbed before it is encoded (form fields by name too, JSON
parts of a multipart form, and binary bodies and frames byte for byte), query values are
masked but the known-safe ones (``model``, ``intent``, ``call_id``), and the upstream URL
is written without its userinfo.

>>> scrub({"value": "ek_abcdef123456", "sdp": "a=ice-pwd:s3cr3tpassword\\r\\n"})
{'value': 'ek_***', 'sdp': 'a=ice-pwd:***\\r\\n'}
"""

from __future__ import annotations

import base64
import json
import os
import re
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from realtime_ext.provider import (
    SAFE_QUERY_PARAMETERS,
    is_list,
    is_mapping,
    redact,
    redact_data,
    strict_loads,
    unmasked_secrets,
)

from ._errors import CassetteError as CassetteError
from ._json import json_object, too_deep

JSON = dict[str, Any]
VERSION = 1
# What a hand-edited or hostile cassette may hold: a real one nests about ten deep.
MAX_DEPTH = 64
_ICE = re.compile(r"(?m)^(a=ice-(?:ufrag|pwd):)[^\r\n]*")
# A key whose value is a credential, whatever it looks like. "tokens" (max_output_tokens,
# usage counts) is not "token".
_SECRET_KEY = re.compile(r"(?i)authorization|password|passwd|secret|api[-_]?key|token(?!s)")
MASK = "***"


def secret_key(name: object) -> bool:
    """Whether a JSON key or form field ``name`` holds a credential (its value is masked).

    >>> secret_key("authorization"), secret_key("max_output_tokens"), secret_key("headers")
    (True, False, True)
    """
    return isinstance(name, str) and (name.lower() == "headers" or bool(_SECRET_KEY.search(name)))


def scrub(value: Any, secrets: Iterable[str] = ()) -> Any:
    """A copy of JSON-like ``value`` with every secret masked (see the module docstring)."""
    return _scrub_walk(redact_data(value, tuple(secrets)))


def _scrub_walk(value: Any) -> Any:
    if isinstance(value, str):
        return _ICE.sub(r"\1" + MASK, value) if "a=ice-" in value else value
    if is_mapping(value):
        return {
            k: (_headers(v) if k.lower() == "headers" else _masked(v))
            if secret_key(k)
            else _scrub_walk(v)
            for k, v in value.items()
        }
    if is_list(value):
        return [_scrub_walk(v) for v in value]
    return value


# Headers a cassette keeps (a response's Location and request id); any other header value,
# a tool's above all, is masked.
_PUBLIC_HEADERS = frozenset({"location", "x-request-id", "content-type"})


def _headers(value: Any) -> Any:
    if not is_mapping(value):
        return _masked(value)
    return {
        k: _scrub_walk(v) if str(k).lower() in _PUBLIC_HEADERS else _masked(v)
        for k, v in value.items()
    }


def _masked(value: Any) -> Any:
    """``value`` with every string in it masked (numbers, booleans and nulls kept); a string
    the redactor already masked keeps its kind (``ek_***``)."""
    if isinstance(value, str):
        return value if not value or MASK in value else MASK
    if is_mapping(value):
        return {k: _masked(v) for k, v in value.items()}
    if is_list(value):
        return [_masked(v) for v in value]
    return value


def scrub_bytes(data: bytes, secrets: Iterable[str] = ()) -> bytes:
    """``data`` (a binary body or frame) with every secret the redactor finds masked in
    place; each byte is read as one character, so nothing else changes.

    >>> scrub_bytes(b"\\x00key=sk-proj-abcdefgh12345678\\xff")
    b'\\x00key=sk-***\\xff'
    """
    text = data.decode("latin-1")
    cleaned = _scrub_walk(redact(text, tuple(secrets)))
    return data if cleaned == text else cleaned.encode("latin-1", "replace")


def scrub_query(query: Mapping[str, list[str]], secrets: Iterable[str] = ()) -> JSON:
    """The query with every value masked but those of the known-safe parameters."""
    return {
        name: scrub(values, secrets)
        if name.lower() in SAFE_QUERY_PARAMETERS
        else [MASK] * len(values)
        for name, values in query.items()
    }


def public_url(url: str) -> str:
    """``url`` as a cassette may show it: no userinfo, query values masked but safe ones.

    >>> public_url("https://user:pw@proxy.example/v1?sig=abc&model=m")
    'https://proxy.example/v1?sig=***&model=m'
    """
    parts = urlsplit(url)
    netloc = parts.netloc.rpartition("@")[2]
    return redact(urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment)))


def encode_body(content_type: str | None, body: bytes, secrets: Iterable[str] = ()) -> JSON:
    """A request/response body as a cassette field: ``json``, ``text`` or ``base64``."""
    out: JSON = {"content_type": content_type}
    if not body:
        return out
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind == "application/x-www-form-urlencoded":
        try:
            fields = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=True)
        except (UnicodeDecodeError, ValueError):
            pass
        else:
            # Field by field: the redactor reads "api_key=..." in text up to a space, so the
            # encoded form as one string would lose every field after it.
            safe = [(k, MASK if secret_key(k) and v else scrub(v, secrets)) for k, v in fields]
            out["text"] = urlencode(safe, safe="*")
            return out
    if kind.endswith("json"):
        try:
            out["json"] = scrub(json.loads(body), secrets)
            return out
        except ValueError:
            pass
    if kind.startswith("text/") or kind in ("application/sdp", "") or kind.endswith("json"):
        try:
            out["text"] = scrub(body.decode("utf-8"), secrets)
            return out
        except UnicodeDecodeError:
            pass
    if kind.startswith("multipart/"):
        # Multipart forms (WebRTC offers with a session) are text: their JSON parts are
        # scrubbed as JSON (tool headers by key), the rest as text (ICE lines).
        text = _scrub_json_parts(body.decode("utf-8", "replace"), secrets)
        out["text"] = scrub(text, secrets)
        return out
    out["base64"] = base64.b64encode(scrub_bytes(body, secrets)).decode()
    return out


_PART_JSON = re.compile(
    r"(?is)(content-type:\s*application/json[^\r\n]*\r?\n(?:[^\r\n]+\r?\n)*\r?\n)(.*?)(?=\r?\n--)"
)


def _scrub_json_parts(text: str, secrets: Iterable[str]) -> str:
    def clean(match: re.Match[str]) -> str:
        try:
            data = json.loads(match[2])
        except ValueError:
            return match[0]
        return match[1] + json.dumps(scrub(data, secrets))

    return _PART_JSON.sub(clean, text)


def decode_body(field_: Mapping[str, Any]) -> bytes:
    """The bytes of a body written by :func:`encode_body`."""
    if "json" in field_:
        return json.dumps(field_["json"]).encode()
    if "text" in field_:
        return str(field_["text"]).encode()
    if "base64" in field_:
        return base64.b64decode(field_["base64"])
    return b""


def first_difference(expected: Any, got: Any, path: str = "") -> str | None:
    """Where ``got`` first differs from ``expected`` (``None`` when equal), e.g.
    ``"session.voice: expected 'marin', got 'alloy'"``.

    >>> first_difference({"a": {"b": [1, 2]}}, {"a": {"b": [1, 3]}})
    'a.b[1]: expected 2, got 3'
    """
    here = path or "event"
    if is_mapping(expected) and is_mapping(got):
        for key in expected:
            sub = f"{path}.{key}" if path else str(key)
            if key not in got:
                return f"{sub}: missing (expected {_short(expected[key])})"
            found = first_difference(expected[key], got[key], sub)
            if found:
                return found
        for key in got:
            if key not in expected:
                sub = f"{path}.{key}" if path else str(key)
                return f"{sub}: not in the recording (got {_short(got[key])})"
        return None
    if is_list(expected) and is_list(got):
        for i, (a, b) in enumerate(zip(expected, got, strict=False)):
            found = first_difference(a, b, f"{path}[{i}]")
            if found:
                return found
        if len(expected) != len(got):
            return f"{here}: expected {len(expected)} items, got {len(got)}"
        return None
    if expected != got or type(expected) is not type(got):
        return f"{here}: expected {_short(expected)}, got {_short(got)}"
    return None


def _short(value: Any, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


@dataclass
class Cassette:
    """The records of one cassette file, in order.

    >>> import json, pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp(), "weather.jsonl")
    >>> _ = path.write_text(json.dumps({"kind": "cassette", "version": 1}))
    >>> Cassette.load(path).records
    [{'kind': 'cassette', 'version': 1}]
    """

    records: list[JSON] = field(default_factory=list[JSON])
    path: str | None = None

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Cassette:
        """Read a cassette (raises :class:`CassetteError` naming the bad line)."""
        records: list[JSON] = []
        try:
            with open(path, encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    if not line.strip():
                        continue
                    try:
                        decoded = strict_loads(line)
                    except ValueError as exc:
                        raise CassetteError(f"{path}:{number}: not JSON: {exc}") from None
                    except RecursionError:
                        raise CassetteError(
                            f"{path}:{number}: nests deeper than {MAX_DEPTH} levels"
                        ) from None
                    record = json_object(decoded)
                    if record is None or not isinstance(record.get("kind"), str):
                        raise CassetteError(f"{path}:{number}: a record needs a 'kind'")
                    if not records and record["kind"] != "cassette":
                        raise CassetteError(f"{path}: not a session cassette (no header line)")
                    problem = _problem(record)
                    if problem:
                        raise CassetteError(f"{path}:{number}: {record['kind']} record {problem}")
                    records.append(record)
        except OSError as exc:
            raise CassetteError(f"{path}: cannot read: {exc.strerror or exc}") from None
        if not records or records[0].get("kind") != "cassette":
            raise CassetteError(f"{path}: not a session cassette (no header line)")
        if records[0].get("version") != VERSION:
            raise CassetteError(
                f"{path}: cassette version {records[0].get('version')!r} is not supported"
            )
        return cls(records, str(path))

    @property
    def http(self) -> list[JSON]:
        """The REST exchanges."""
        return [r for r in self.records if r["kind"] == "http"]

    def connections(self) -> list[list[JSON]]:
        """Each WebSocket connection's records (``ws.open`` first), in opening order."""
        by_conn: dict[int, list[JSON]] = {}
        for record in self.records:
            if record["kind"] == "ws.open":
                by_conn[int(record["conn"])] = [record]
            elif record["kind"].startswith("ws.") and record.get("conn") in by_conn:
                by_conn[int(record["conn"])].append(record)
        return [by_conn[k] for k in sorted(by_conn)]


_NEEDS: dict[str, tuple[tuple[str, type | tuple[type, ...]], ...]] = {
    "http": (("method", str), ("path", str), ("status", int)),
    "ws.open": (("conn", int), ("path", str)),
    "ws.client": (("conn", int),),
    "ws.server": (("conn", int),),
    "ws.close": (("conn", int),),
}


def _problem(record: JSON) -> str | None:
    """What a record lacks or holds that no recording can (``None`` when it is usable;
    unknown kinds are kept, ignored): checked at load, so a hostile file gets a
    :class:`CassetteError` naming its line, not a dropped or hanging connection later."""
    for key, kind in _NEEDS.get(record["kind"], ()):
        value = record.get(key)
        if not isinstance(value, kind) or isinstance(value, bool):
            return f"needs '{key}' ({getattr(kind, '__name__', 'value')})"
    t = record.get("t", 0.0)
    if not isinstance(t, int | float) or isinstance(t, bool) or not 0 <= t <= MAX_TIME:
        return f"needs a time 't' in seconds, 0..{MAX_TIME:g}"
    if too_deep(record, MAX_DEPTH):
        return f"nests deeper than {MAX_DEPTH} levels"
    kind = record["kind"]
    if kind in ("ws.client", "ws.server") and not (
        isinstance(record.get("event"), dict)
        or isinstance(record.get("text"), str)
        or isinstance(record.get("base64"), str)
    ):
        return "needs an 'event' object (or the 'text'/'base64' of a non-JSON message)"
    if kind == "http":
        return _status_problem(record, range(100, 600), "an HTTP status 100..599") or (
            _response_problem(record.get("response", {}))
        )
    if kind == "ws.open":
        statuses = [101, *range(400, 600)]
        return _status_problem(record, statuses, "101 or a refusal 400..599") or (
            _response_problem(record.get("response", {}))
        )
    if kind == "ws.close":
        code, reason = record.get("code"), record.get("reason", "")
        if code is not None and (
            not isinstance(code, int) or isinstance(code, bool) or not 1000 <= code <= 4999
        ):
            return f"needs a close 'code' 1000..4999 or null, got {_short(code, 40)}"
        if not isinstance(reason, str) or len(reason.encode("utf-8", "replace")) > 123:
            return "needs a close 'reason' string of at most 123 bytes"
    return None


MAX_TIME = 86_400.0  # a day: longer is no session recording


def _status_problem(record: JSON, allowed: Sequence[int], what: str) -> str | None:
    status = record.get("status", allowed[0])
    if isinstance(status, bool) or not isinstance(status, int) or status not in allowed:
        return f"needs 'status' {what}, got {_short(status, 40)}"
    return None


def _response_problem(response: Any) -> str | None:
    if not is_mapping(response):
        return "needs a 'response' object"
    headers = response.get("headers", {})
    if not is_mapping(headers):
        return "needs response 'headers' as an object"
    for name, value in headers.items():
        if not isinstance(value, str) or any(c in value for c in "\r\n\0"):
            # A Location with CR/LF would write headers of the cassette's choosing.
            return f"response header {str(name)[:40]!r} must be one line of text"
    if not isinstance(response.get("content_type") or "", str):
        return "needs a string 'content_type'"
    return None


def dumps(record: JSON) -> str:
    """One cassette line (compact, key order as built, non-ASCII kept readable)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


class CassetteWriter:
    """Appends scrubbed records to a cassette as they happen (flushed per line, so an
    interrupted recording keeps what it saw). Thread- and task-safe.

    A new recording's file is created (or an older one replaced) with its first record:
    a recording whose every exchange failed upstream leaves no header-only cassette
    (replayed later as a misleading 404) and keeps the cassette it was to replace.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        upstream: str,
        secrets: Iterable[str] = (),
        append: bool = False,
    ) -> None:
        self.path: str = str(path)
        self.secrets: set[str] = {s for s in secrets if s}
        self.recorded: int = 0
        """Records written by this writer (the header aside)."""
        self._lock = threading.Lock()
        self._header: JSON = {"kind": "cassette", "version": VERSION, "upstream": upstream}
        self._append = append and os.path.exists(self.path) and os.path.getsize(self.path) > 0
        self._file: TextIO | None = None
        self._closed = False
        self.connections: int = 0
        if self._append:
            self.connections = len(Cassette.load(self.path).connections())

    def learn(self, secret: str | None) -> None:
        """Mask this exact value from now on (e.g. the key in a client's Authorization)."""
        if secret and len(secret) >= 4:
            with self._lock:
                self.secrets.add(secret)

    def write(self, record: JSON) -> None:
        """Scrub and append one record."""
        with self._lock:
            if self._closed:
                return
            if self._file is None:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                self._file = open(self.path, "a" if self._append else "w", encoding="utf-8")  # noqa: SIM115
                if not self._append:
                    self._file.write(self._line(self._header) + "\n")
            self._file.write(self._line(record) + "\n")
            self._file.flush()
            self.recorded += 1

    def _line(self, record: JSON) -> str:
        line = dumps(scrub(record, sorted(self.secrets)))
        for secret in self.secrets:
            # Belt and braces: the exact values never reach the file.
            line = line.replace(secret, MASK)
        return line

    def close(self) -> None:
        """Close the file (idempotent); nothing more is written."""
        with self._lock:
            self._closed = True
            if self._file is not None:
                self._file.close()
                self._file = None


def cassette_leaks(path: str | os.PathLike[str], secrets: Iterable[str] = ()) -> list[str]:
    """The kinds of secret readable in a cassette: in its text and inside every ``base64``
    field decoded (binary bodies and frames); empty when the file is clean.

    >>> import json, pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp(), "weather.jsonl")
    >>> _ = path.write_text(json.dumps({"kind": "cassette", "version": 1}))
    >>> cassette_leaks(path)
    []
    >>> _ = path.write_text(json.dumps({"kind": "cassette", "version": 1,
    ...                                 "note": "Bearer sk-proj-" + "x" * 40}))
    >>> cassette_leaks(path)
    ['bearer token', 'sk-']
    """
    secrets = tuple(secrets)
    found: list[str] = []
    for line in iter_lines(path):
        found += unmasked_secrets(line, secrets)
        if '"base64"' in line:
            for encoded in _base64_fields(json.loads(line)):
                try:
                    data = base64.b64decode(encoded, validate=True)
                except ValueError:
                    continue
                found += unmasked_secrets(data.decode("latin-1"), secrets)
    return sorted(set(found))


def _base64_fields(value: Any) -> Iterator[str]:
    if is_mapping(value):
        for key, item in value.items():
            if key == "base64" and isinstance(item, str):
                yield item
            else:
                yield from _base64_fields(item)
    elif is_list(value):
        for item in value:
            yield from _base64_fields(item)


def iter_lines(path: str | os.PathLike[str]) -> Iterator[str]:
    """The raw lines of a cassette (for size measurements and secret checks)."""
    with open(path, encoding="utf-8") as f:
        yield from f
