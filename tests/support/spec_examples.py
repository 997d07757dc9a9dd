"""The pinned spec's realtime subset and its event examples, shared by test folders.

``scripts/`` goes on sys.path so the tests read the spec exactly as regen does.
"""

from __future__ import annotations

import json
import os
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))

from realtime_generated import event_types  # noqa: E402
from regen_lib import source, subset  # noqa: E402


@cache
def upstream_subset(parsed_cache: Path | None = None) -> dict[str, Any]:
    """The realtime subset as upstream wrote it (no normalisation); parsed once per process.

    With ``parsed_cache`` (a folder), the parsed spec is also kept there as a pickle
    (scripts/regen_lib/source.py: ``PARSED_CACHE_ENV``), so the other processes of a test
    run load it (0.04 s) instead of parsing it again (2 s of CPU in each pytest-xdist worker).
    """
    raw = source.load(None).raw
    if parsed_cache is None:
        return subset.select(source.parse_yaml(raw))
    before = os.environ.get(source.PARSED_CACHE_ENV)
    os.environ[source.PARSED_CACHE_ENV] = str(parsed_cache)
    try:
        return subset.select(source.parse_yaml(raw))
    finally:
        if before is None:
            del os.environ[source.PARSED_CACHE_ENV]
        else:
            os.environ[source.PARSED_CACHE_ENV] = before


def lenient_json(text: str) -> list[Any]:
    """Every JSON document in an upstream example.

    Examples are documentation: some hold several documents, `//` comment lines or trailing
    commas (JavaScript style). None of that is under test here, so it is accepted.
    """

    # Drop `// ...` comments (whole-line and trailing). A comment starts a line or follows
    # whitespace; base64 payloads ("8//2//v/...") have `//` right after other characters.
    text = re.sub(r"(?m)(^|[ \t])//.*$", "", text)
    text = re.sub(r",(\s*[}\]])", r"\1", text)
    decoder = json.JSONDecoder()
    documents, index = [], 0
    while index < len(text):
        if text[index].isspace():
            index += 1
            continue
        document, index = decoder.raw_decode(text, index)
        documents.append(document)
    return documents


def events_with_examples(doc: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    schemas = doc["components"]["schemas"]
    found = []
    for table in (
        event_types.SERVER_EVENTS,
        event_types.CLIENT_EVENTS,
        event_types.BETA_SERVER_EVENTS,
        event_types.BETA_CLIENT_EVENTS,
        event_types.TRANSLATION_SERVER_EVENTS,
        event_types.TRANSLATION_CLIENT_EVENTS,
    ):
        for name in table.values():
            example = (schemas[name].get("x-oaiMeta") or {}).get("example")
            if example:
                found.extend((name, document) for document in lenient_json(example))
    return found


# Upstream examples that contradict their own schema. They stay listed (and must keep
# failing) so a spec update that fixes them is noticed and the entry removed.
BROKEN_UPSTREAM_EXAMPLES = {
    "RealtimeServerEventInputAudioBufferDtmfEventReceived": "type has a leading space",
    "RealtimeBetaServerEventConversationItemRetrieved": "type says conversation.item.created",
}
