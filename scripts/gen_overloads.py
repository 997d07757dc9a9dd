"""Write the ``run_until`` overloads of the conversation classes from the event table.

``conn.run_until("response.done")`` is typed as returning
``RealtimeServerEventResponseDone`` (not the whole event union) through one ``@overload``
per server event type, in a marked region of ``realtime_ext/conversation/_sync.py`` and
``_async.py``. The table is ``realtime_generated.event_types.SERVER_EVENTS`` (from the
spec), so the overloads follow the spec on every regen. ``_sync.py`` is otherwise generated
from ``_async.py`` by ``scripts/gen_sync.py``, which carries the region over as written
here: both scripts agree on it, and each one's ``--check`` holds after the other ran.

    python scripts/gen_overloads.py           # rewrite the regions
    python scripts/gen_overloads.py --check   # exit 1 if a region is stale (CI, tests)
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "generated")]

from realtime_generated.event_types import SERVER_EVENTS  # noqa: E402

BEGIN = "    # BEGIN GENERATED run_until overloads (scripts/gen_overloads.py; do not edit)\n"
END = "    # END GENERATED run_until overloads\n"
TARGETS = {
    ROOT / "realtime_ext" / "conversation" / "_sync.py": "def",
    ROOT / "realtime_ext" / "conversation" / "_async.py": "async def",
}


def region(define: str) -> str:
    lines = [BEGIN]
    for kind, model in sorted(SERVER_EVENTS.items()):
        lines += [
            "    @overload\n",
            f"    {define} run_until(\n",
            f'        self, kind: Literal["{kind}"], /, *, timeout: float | None = None\n',
            f"    ) -> m.{model}: ...\n",
        ]
    lines += [
        "    @overload\n",
        f"    {define} run_until(self, *kinds: str, timeout: float | None = None)"
        " -> ServerEvent: ...\n",
        END,
    ]
    return "".join(lines)


def rendered(path: Path, define: str) -> str:
    """``path`` with its region regenerated and the file formatted as the repo formats it."""
    text = path.read_text(encoding="utf-8")
    start, stop = text.index(BEGIN), text.index(END) + len(END)
    text = text[:start] + region(define) + text[stop:]
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / path.name
        draft.write_text(text, encoding="utf-8")
        ruff = Path(sys.executable).with_name("ruff")
        subprocess.run(
            [str(ruff), "format", "--quiet", "--config", str(ROOT / "pyproject.toml"), str(draft)],
            check=True,
        )
        return draft.read_text(encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a region is stale")
    args = parser.parse_args()
    stale = []
    for path, define in TARGETS.items():
        text = rendered(path, define)
        if text != path.read_text(encoding="utf-8"):
            stale.append(path)
            if not args.check:
                path.write_text(text, encoding="utf-8")
    if stale and args.check:
        print(f"stale run_until overloads in {', '.join(map(str, stale))}: run {__file__}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
