"""The fake server's store of stored GPT-Live sessions (``store: true``): what a fork needs,
kept where a restarted server finds it.

The real API keeps a stored session on its side when a connection drops, so a client can
fork it (``/live/sessions/{id}/fork``) onto a new socket; a fake server killed and started
again must too. Each stored session is one row: its resource (model, voice, instructions,
startup ``input``, delegation...), what the user said (the said list a ``recall`` answers
from), how far its timeline ran (its recording's length), its state (``active``, or
``ended`` with the ``session.closed`` reason) and when it is forgotten.

Why sqlite3 (the standard library's), not a JSON file per session replaced with
``os.replace``: each write is one transaction, so a process killed (SIGKILL) at any moment
leaves the last committed row whole, with no temporary files left behind to clean up; the
expiry and the cap on the count are one ``DELETE`` each, with no directory to scan; and two
processes on one state directory (a restart while the killed one's sockets close) are
serialised by sqlite's locks. WAL with ``synchronous=NORMAL``: a commit is in the operating
system's hands when it returns, which is what surviving the death of a process needs.

Bounded: a session is forgotten :attr:`LiveStore.retention` seconds after its last write (a
session's lifetime, two hours as the API's, unless the server's ``live_session_seconds``
says otherwise; never with none), at most :data:`MAX_STORED` are kept (the least recently
written go first) and the said list is the session's, already bounded (128 items), each
kept to :data:`MAX_SAID_CHARS`. Nothing secret is written: the resource goes through the
cassettes' scrubber (an MCP tool's ``authorization`` and ``headers``, any key-like value);
keys and tokens are never part of it.

Without a path the store is in memory (an in-process fake's, gone with it).

>>> store = LiveStore()
>>> store.put("live_1", {"id": "live_1", "model": "gpt-live-1", "store": True}, ["Hi"], 300)
>>> stored = store.get("live_1")
>>> stored.session["model"], stored.said, stored.now_ms, stored.state
('gpt-live-1', ['Hi'], 300, 'active')
>>> store.close()
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from realtime_ext import InvalidArgumentError

from ._cassette import scrub
from ._events import JSON
from ._json import json_list, json_object

FILE_NAME = "live-sessions.sqlite3"
"""The store's file in a server's state directory."""
SCHEMA_VERSION = 1
MAX_STORED = 256
"""Stored sessions kept at most; the least recently written are forgotten first."""
MAX_SAID_CHARS = 4096
"""Characters of each thing said that a stored session keeps (a transcript is far shorter)."""
_SCHEMA = """
CREATE TABLE IF NOT EXISTS live_sessions (
    id TEXT PRIMARY KEY,
    record TEXT NOT NULL,
    written REAL NOT NULL,
    keep_until REAL
)
"""


@dataclass(frozen=True)
class StoredSession:
    """One stored session as a fork (or a recording's download) reads it."""

    session: JSON
    """The session resource (its ``id``, ``expires_at`` and settings), secrets masked."""
    said: list[str]
    """What the user said, oldest first (startup ``input`` and each utterance heard)."""
    now_ms: int
    """How far the session's timeline ran by its last write."""
    state: str
    """``active`` (running, or its server died with it) or ``ended``."""
    reason: str | None
    """The ``session.closed`` reason when ``ended``."""


class LiveStore:
    """Stored GPT-Live sessions in a sqlite3 database: ``path`` (a file), or in memory.

    ``retention``: seconds a session is kept after its last write (``None``: until evicted
    by the count, :data:`MAX_STORED`); ``now``: the wall clock (a test's, to expire without
    waiting). A file another schema version wrote, or one that is not a database, is refused
    with :class:`~realtime_ext.InvalidArgumentError`.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        retention: Callable[[], float | None] = lambda: None,
        max_stored: int = MAX_STORED,
        now: Callable[[], float] = time.time,
    ) -> None:
        if isinstance(max_stored, bool) or not isinstance(max_stored, int) or max_stored < 1:
            raise InvalidArgumentError(f"max_stored must be an int >= 1, got {max_stored!r}")
        self.path: Path | None = Path(path) if path is not None else None
        self.retention = retention
        self.max_stored = max_stored
        self._now = now
        # The server's loop thread writes; its constructor (another thread) opens.
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        if self.path is not None:
            self._connection()  # a file that cannot be the store is refused now, not at a fork

    def _connection(self) -> sqlite3.Connection:
        """The open database (opened again after :meth:`close`: a server started again)."""
        if self._db is not None:
            return self._db
        target = str(self.path) if self.path is not None else ":memory:"
        db = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA busy_timeout = 5000")  # another process's write, a moment
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, SCHEMA_VERSION):
                raise sqlite3.DatabaseError(f"written by schema version {version}")
            if self.path is not None:
                db.execute("PRAGMA journal_mode = WAL")
                db.execute("PRAGMA synchronous = NORMAL")
            db.execute(_SCHEMA)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.DatabaseError as exc:
            db.close()
            raise InvalidArgumentError(
                f"the state file {target} cannot be the fake's session store: {exc}"
            ) from None
        self._db = db
        return db

    @classmethod
    def in_dir(
        cls, state_dir: str | os.PathLike[str], *, retention: Callable[[], float | None]
    ) -> LiveStore:
        """The store of a server's state directory (made if missing): its
        :data:`FILE_NAME`."""
        directory = Path(state_dir)
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InvalidArgumentError(
                f"state_dir {str(directory)!r} cannot be made: {exc.strerror}"
            ) from None
        return cls(directory / FILE_NAME, retention=retention)

    def put(
        self,
        session_id: str,
        session: JSON,
        said: Sequence[str],
        now_ms: int,
        *,
        reason: str | None = None,
    ) -> None:
        """Write the stored session ``session_id`` as it is now (``reason``: it ended so),
        then forget what expired and what is beyond the count, in one transaction."""
        record = {
            "session": scrub(session),
            "said": scrub([text[:MAX_SAID_CHARS] for text in said]),
            "now_ms": now_ms,
            "state": "active" if reason is None else "ended",
            "reason": reason,
        }
        text = json.dumps(record, separators=(",", ":"))
        now = self._now()
        retention = self.retention()
        keep_until = None if retention is None else now + retention
        with self._lock:
            db = self._connection()
            db.execute("BEGIN IMMEDIATE")
            try:
                db.execute(
                    "INSERT INTO live_sessions (id, record, written, keep_until) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                    "record = excluded.record, written = excluded.written, "
                    "keep_until = excluded.keep_until",
                    (session_id, text, now, keep_until),
                )
                db.execute("DELETE FROM live_sessions WHERE keep_until < ?", (now,))
                db.execute(
                    "DELETE FROM live_sessions WHERE id NOT IN "
                    "(SELECT id FROM live_sessions ORDER BY written DESC, rowid DESC LIMIT ?)",
                    (self.max_stored,),
                )
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def get(self, session_id: str) -> StoredSession | None:
        """The stored session ``session_id``, or ``None`` (never stored, or forgotten)."""
        row = self._one("SELECT record FROM live_sessions WHERE id = ? AND", session_id)
        text = row[0] if row is not None else None
        try:
            record = json_object(json.loads(text)) if isinstance(text, str) else None
        except ValueError:  # a row no server of this version wrote: as if forgotten
            record = None
        if record is None:
            return None
        said = json_list(record.get("said")) or []
        reason = record.get("reason")
        now_ms = record.get("now_ms")
        return StoredSession(
            session=json_object(record.get("session")) or {},
            said=[item for item in said if isinstance(item, str)],
            now_ms=now_ms if isinstance(now_ms, int) else 0,
            state=str(record.get("state") or "active"),
            reason=reason if isinstance(reason, str) else None,
        )

    def __len__(self) -> int:
        """How many stored sessions a fork would find now."""
        row = self._one("SELECT count(*) FROM live_sessions WHERE")
        count = row[0] if row is not None else 0
        return count if isinstance(count, int) else 0

    def _one(self, query: str, *params: object) -> tuple[object, ...] | None:
        """The first row of ``query`` (ending in ``WHERE`` or ``AND``) over what has not
        expired."""
        live = " (keep_until IS NULL OR keep_until >= ?)"
        with self._lock:
            cursor = self._connection().execute(query + live, (*params, self._now()))
            row: tuple[object, ...] | None = cursor.fetchone()
        return row

    def close(self) -> None:
        """Close the database: what is committed stays in the file (an in-memory store is
        let go); a later use opens it again."""
        with self._lock:
            db, self._db = self._db, None
        if db is not None:
            db.close()
