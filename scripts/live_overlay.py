#!/usr/bin/env python3
"""Write ``openapi/overlay_live.yaml`` (and ``openapi/openai_live_names.toml``, openai's names
for its Live types) from the official openai package's published types.

GPT-Live's paths, events, session objects and webhooks, and the Realtime fields the pinned
spec lacks, as an overlay the regeneration applies (``scripts/regen_lib/live_overlay.py``
says what and how). Needs openai at exactly the version it names (pyproject.toml pins it).

Usage::

    python scripts/live_overlay.py           # write the two files
    python scripts/live_overlay.py --check   # fail (with a diff) if one differs from a fresh build
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from regen_lib.live_overlay import (
    LIVE_NAMES_FILE,
    OVERLAY_LIVE_FILE,
    LiveOverlayError,
    build,
    render,
    render_names,
)


def stale(fresh: str, path: Path) -> list[str]:
    """The diff from a fresh build to the file at ``path`` (empty: it is up to date)."""
    current = path.read_text(encoding="utf-8") if path.is_file() else ""
    return list(
        difflib.unified_diff(
            fresh.splitlines(keepends=True), current.splitlines(keepends=True), "fresh", path.name
        )
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="live_overlay.py", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if the file is stale")
    parser.add_argument("--output", type=Path, default=OVERLAY_LIVE_FILE)
    parser.add_argument("--names-output", type=Path, default=LIVE_NAMES_FILE)
    args = parser.parse_args(argv)
    try:
        doc = build()
    except LiveOverlayError as exc:
        print(f"live_overlay: {exc}", file=sys.stderr)
        return 1
    outputs = {args.output: render(doc), args.names_output: render_names(doc)}
    if args.check:
        diffs = {path: stale(fresh, path) for path, fresh in outputs.items()}
        for path, diff in diffs.items():
            if not diff:
                print(f"live_overlay: {path.name} matches a fresh build")
                continue
            sys.stdout.writelines(diff)
            print(
                f"live_overlay: {path} differs from a fresh build "
                "(run python scripts/live_overlay.py)",
                file=sys.stderr,
            )
        return 1 if any(diffs.values()) else 0
    for path, fresh in outputs.items():
        path.write_text(fresh, encoding="utf-8")
        print(f"live_overlay: wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
