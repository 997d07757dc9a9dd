"""``run_until.py``: ``run_until`` typed per server event, for the conversations to inherit.

``conn.run_until("response.done")`` is typed as returning ``RealtimeServerEventResponseDone``
(not the whole event union) through one ``@overload`` per entry of the ``SERVER_EVENTS``
table (``event_types.py``), so the typing follows the spec on every regen; likewise a
translation session's through ``TRANSLATION_SERVER_EVENTS``. Each table gives two mixins,
e.g. ``AsyncRunUntil`` (``async def``) and ``RunUntil`` (blocking), each generic in
``E``: what ``run_until`` gives for several event types or one the table does not name
(realtime_ext's ``ServerEvent``, which adds its ``UnknownEvent``: the generated layer cannot
name it). The last overload takes any strings and returns ``E``; the implementation hands
``(kinds, timeout)`` to ``_run_until``, which the conversation implements.
"""

from __future__ import annotations

from pathlib import Path

# (table of event_types.py, asyncio mixin, blocking mixin)
MIXINS: tuple[tuple[str, str, str], ...] = (
    ("SERVER_EVENTS", "AsyncRunUntil", "RunUntil"),
    ("TRANSLATION_SERVER_EVENTS", "AsyncTranslationRunUntil", "TranslationRunUntil"),
    ("LIVE_SERVER_EVENTS", "AsyncLiveRunUntil", "LiveRunUntil"),
)

_DOC = '''"""``run_until`` typed per server event: ``conn.run_until("response.done")`` returns
``RealtimeServerEventResponseDone``.

Written by scripts/regen.py from the spec's server events (``SERVER_EVENTS``,
``TRANSLATION_SERVER_EVENTS`` and ``LIVE_SERVER_EVENTS`` of ``event_types.py``; never edit
by hand). A conversation inherits :class:`AsyncRunUntil` (asyncio) or :class:`RunUntil`
(blocking), a translation session :class:`AsyncTranslationRunUntil` or
:class:`TranslationRunUntil`, a GPT-Live session :class:`AsyncLiveRunUntil` or
:class:`LiveRunUntil`, parametrised with
what ``run_until`` returns for several event types or an unknown one, and implements
``_run_until``.
"""'''


def _mixin(name: str, table: str, entries: dict[str, str], *, asynchronous: bool) -> list[str]:
    define = "async def" if asynchronous else "def"
    wait = "await " if asynchronous else ""
    # The example waits for an event of this table: a response, or the table's last event.
    example = "response.done" if "response.done" in entries else list(entries)[-1]
    lines = [
        "",
        "",
        f"class {name}(Generic[E]):",
        f'    """``run_until`` with one overload per event type of ``{table}`` '
        f"({'asyncio' if asynchronous else 'blocking'}).",
        "",
        "    ``E`` is what several event types (or one not in the table) give.",
        "",
        "    Example::",
        "",
        f'        done = {wait}conn.run_until("{example}")',
        '    """',
        "",
    ]
    for kind, model in entries.items():
        lines += [
            "    @overload",
            f"    {define} run_until(",
            f'        self, kind: Literal["{kind}"], /, *, timeout: float | None = None',
            f"    ) -> m.{model}: ...",
        ]
    lines += [
        "    @overload",
        f"    {define} run_until(self, *kinds: str, timeout: float | None = None) -> E: ...",
        f"    {define} run_until(self, *kinds: str, timeout: float | None = None) -> Any:",
        '        """Receive and dispatch events until one of type ``kinds`` arrives; return it.',
        "",
        "        Example::",
        "",
        f'            done = {wait}conn.run_until("{example}")',
        '        """',
        f"        return {wait}self._run_until(kinds, timeout)",
        "",
        f"    {define} _run_until(self, kinds: tuple[str, ...], timeout: float | None, /) -> E:",
        '        """What :meth:`run_until` runs; the conversation implements it."""',
        "        raise NotImplementedError",
    ]
    return lines


def write(package: Path, tables: dict[str, dict[str, str]]) -> None:
    lines = [
        _DOC,
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload",
        "",
        "if TYPE_CHECKING:",
        "    from . import models as m",
        "",
        'E = TypeVar("E")',
    ]
    names: list[str] = []
    for table, async_name, sync_name in MIXINS:
        entries = tables[table]
        lines += _mixin(async_name, table, entries, asynchronous=True)
        lines += _mixin(sync_name, table, entries, asynchronous=False)
        names += [async_name, sync_name]
    lines += ["", "", "__all__ = (", *(f'    "{n}",' for n in names), ")", ""]
    (package / "run_until.py").write_text("\n".join(lines), encoding="utf-8")
