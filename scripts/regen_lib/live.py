"""Apply ``openapi/overlay_live.yaml`` (GPT-Live and newer Realtime types) to the subset.

The overlay is written by ``scripts/live_overlay.py`` from the official openai package's
types (``live_overlay.py``); this side reads it only, and needs no openai. Each action adds
one spec node (its ``x-adds``). When the pinned spec defines that node itself, the spec has
caught up: the action is skipped for a schema the subset already has, and either way a note
says so, so the overlay entry can be compared and dropped (``catch_up``).

Example::

    notes = apply(sub, doc)   # after subset.select(doc), before the checks of the events
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import normalise
from .live_overlay import ADDS, OVERLAY_LIVE_FILE


def load(path: Path = OVERLAY_LIVE_FILE) -> list[dict[str, Any]]:
    actions = normalise.load_overlay(path)
    for action in actions:
        if not isinstance(action.get(ADDS), str) or "update" not in action:
            raise normalise.OverlayError(f"{path.name}: every action adds one node ({ADDS})")
    return actions


def _defined(doc: dict[str, Any], adds: str) -> bool:
    """True when ``doc`` has the node ``adds`` names (``paths./live/sessions.post``, ...; a
    number indexes a list: ``...RealtimeTurnDetection.anyOf.0``)."""
    head, _, rest = adds.partition(".")
    node: Any = doc.get(head)
    if not rest:
        return isinstance(node, dict)
    if head == "paths":
        path, _, method = rest.rpartition(".")
        parts = [path, method]
    else:
        parts = rest.split(".")
    for part in parts:
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]  # a member of a union (anyOf.0)
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            return False
    return True


def catch_up(doc: dict[str, Any], actions: list[dict[str, Any]] | None = None) -> list[str]:
    """What the overlay adds that ``doc`` (a full upstream spec) defines already."""
    actions = load() if actions is None else actions
    return [
        f"the spec now defines {action[ADDS]}, which openapi/overlay_live.yaml adds from the "
        "openai package: compare the two, then drop it from scripts/live_overlay.py"
        for action in actions
        if _defined(doc, action[ADDS])
    ]


def apply(sub: dict[str, Any], doc: dict[str, Any], path: Path = OVERLAY_LIVE_FILE) -> list[str]:
    """Add the overlay's nodes to the subset ``sub`` of ``doc``; return the catch-up notes."""
    actions = load(path)
    notes = catch_up(doc, actions)
    for action in actions:
        if _defined(sub, action[ADDS]):
            continue  # upstream's own definition stands (noted above)
        if not _defined(sub, _parent(action[ADDS])):
            # A field of a schema an older spec lacks (live.call.incoming before 2026-07-27).
            notes.append(
                f"openapi/overlay_live.yaml adds {action[ADDS]}: this spec lacks its parent"
            )
            continue
        normalise.apply_overlay(sub, [action])
    return notes


def _parent(adds: str) -> str:
    """The node ``adds`` goes into: ``components.schemas`` for a schema, the properties of
    its schema for a field."""
    if adds.startswith("paths."):
        return "paths"
    return adds.rsplit(".", 1)[0]
