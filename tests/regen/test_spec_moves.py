"""Three spec moves, offline, from a clean copy of the repository state, as a release manager
makes them with `make update-spec`: additive, docs-only, then breaking (refused, then allowed
and reported as breaking realtime_ext). Each is classified before anything is refused or
written, against what generated/ records of its own spec (generated/SURFACE.json), never
against a checksum file or the network; each generation gets its CHANGELOG.md entry.

The specs are the pinned one with small text edits, written to a temporary folder.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from regen_lib import changelog, names_lock, source, spec_diff
from support.regen_state import copy_state, snapshot

ROOT = Path(__file__).resolve().parents[2]
PINNED = source.read_pin(ROOT / "openapi" / "pin.toml")

NEW_PATH = """\
  /realtime/translations/calls:
    post:
      summary: Create a Realtime translation call over WebRTC.
      operationId: create-realtime-translation-call
      tags:
        - Realtime
      requestBody:
        required: true
        content:
          application/sdp:
            schema:
              type: string
      responses:
        "201":
          description: Created.
          content:
            application/sdp:
              schema:
                type: string
"""
NEW_EVENT = """\
    RealtimeServerEventConversationItemPinned:
      type: object
      description: Returned when a conversation item is pinned.
      properties:
        event_id:
          type: string
        type:
          type: string
          enum:
            - conversation.item.pinned
          x-stainless-const: true
        item_id:
          type: string
      required:
        - event_id
        - type
        - item_id
"""


def _additive(text: str) -> str:
    text = _insert_before(text, "  /realtime/translations/client_secrets:\n", NEW_PATH)
    text = _insert_before(text, "    RealtimeServerEventRateLimitsUpdated:\n", NEW_EVENT)
    union = "    RealtimeServerEvent:\n"
    head, tail = text.split(union, 1)
    members = "      anyOf:\n"
    before, after = tail.split(members, 1)
    ref = '        - $ref: "#/components/schemas/RealtimeServerEventConversationItemPinned"\n'
    return head + union + before + members + ref + after


def _docs_only(text: str) -> str:
    old = "Parameters required to transfer a SIP call"
    assert text.count(old) == 1
    return text.replace(old, "Parameters that transfer a SIP call")


def _breaking(text: str) -> str:
    start = text.index("    RealtimeCallReferRequest:\n")
    end = text.index("    RealtimeCallRejectRequest:\n")
    block = text[start:end].replace("target_uri", "refer_to")
    return text[:start] + block + text[end:]


def _insert_before(text: str, marker: str, block: str) -> str:
    assert text.count(marker) == 1, marker
    return text.replace(marker, block + marker)


def _move(
    root: Path, spec: Path, commit: str, date: str, *flags: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "regen.py"),
            "--root",
            str(root),
            "--update-spec",
            str(spec),
            "--commit",
            commit,
            "--date",
            date,
            *flags,
        ],
        capture_output=True,
        text=True,
        check=False,
    )


def _summary(out: str) -> str:
    found = re.search(r"^summary: (.*)$", out, re.MULTILINE)
    assert found, out[-3000:]
    return found.group(1)


def _top_entry(root: Path) -> str:
    text = (root / "generated" / "CHANGELOG.md").read_text(encoding="utf-8")
    entries = re.split(r"^## ", text, flags=re.MULTILINE)
    return entries[1]


@pytest.fixture(scope="module")
def pinned_text() -> str:
    return source.read_spec_file(source.PINNED_SPEC).decode("utf-8")


# What each move of the chain below is: its spec's edit, commit, date and flags.
MOVES = {
    "additive": ("a" * 40, "2026-09-01", ()),
    "docs": ("b" * 40, "2026-09-02", ()),
    "breaking": ("c" * 40, "2026-09-03", ()),
    "breaking allowed": ("c" * 40, "2026-09-03", ("--allow-breaking",)),
}
# What a move leaves in the state that its test reads (a later move rewrites it).
KEPT = ("generated/CHANGELOG.md", "generated/SURFACE.json")


@dataclass
class Move:
    """One move of the chain: regen's output, the state's files it left, and (for the refused
    one) the whole state before and after."""

    out: subprocess.CompletedProcess[str]
    kept: dict[str, str]
    locked: dict[str, str]
    before: dict[str, bytes] | None = None
    after: dict[str, bytes] | None = None


class Chain:
    """Three moves from one clean copy of the state, as a release manager makes them in a row:
    additive, docs-only, then breaking (refused, then allowed). Each is made once, in order,
    whichever test asks first; each is a test of its own (one regeneration each)."""

    def __init__(self, root: Path, specs: dict[str, Path]) -> None:
        self.root = root
        self.specs = specs
        self.versions_before = changelog.versions(
            (root / "generated" / "CHANGELOG.md").read_text(encoding="utf-8")
        )
        self.made: dict[str, Move] = {}

    def move(self, name: str) -> Move:
        for earlier in MOVES:
            if earlier not in self.made:
                self.made[earlier] = self._make(earlier)
            if earlier == name:
                return self.made[name]
        raise KeyError(name)

    def _make(self, name: str) -> Move:
        commit, date, flags = MOVES[name]
        spec = self.specs["breaking" if name.startswith("breaking") else name]
        refused = name == "breaking"
        before = snapshot(self.root) if refused else None
        out = _move(self.root, spec, commit, date, *flags)
        kept = {rel: (self.root / rel).read_text(encoding="utf-8") for rel in KEPT}
        locked = names_lock.read(self.root / "openapi" / "names.lock")
        return Move(out, kept, locked, before, snapshot(self.root) if refused else None)


@pytest.fixture(scope="module")
def chain(ram_folder: Callable[[str], Path], pinned_text: str) -> Chain:
    root = copy_state(ram_folder("moves") / "state")
    specs = ram_folder("specs")
    additive = _additive(pinned_text)
    docs = _docs_only(additive)
    breaking = _breaking(docs)
    paths = {}
    for name, text in (("additive", additive), ("docs", docs), ("breaking", breaking)):
        paths[name] = specs / f"{name}.yaml"
        paths[name].write_text(text, encoding="utf-8")
    return Chain(root, paths)


def _top(move: Move) -> str:
    return re.split(r"^## ", move.kept["generated/CHANGELOG.md"], flags=re.MULTILINE)[1]


@pytest.mark.once(reason="a fact of the regeneration pipeline; one regeneration")
def test_an_additive_move_needs_no_flag_and_is_recorded(chain: Chain) -> None:
    # An endpoint and a server event upstream, new class names, no flag needed.
    made = chain.move("additive")
    moved = made.out
    assert moved.returncode == 0, moved.stdout[-3000:] + moved.stderr[-3000:]
    assert _summary(moved.stdout).startswith("additive:")
    report = moved.stdout
    assert "+ endpoint POST /realtime/translations/calls" in report
    assert "+ schema RealtimeServerEventConversationItemPinned" in report
    assert "member added RealtimeServerEventConversationItemPinned" in report
    assert "generated class added RealtimeServerEventConversationItemPinned" in report
    # Classified before anything else was done: the report comes before the generation.
    assert report.index("summary: additive") < report.index("generated ")
    assert "RealtimeServerEventConversationItemPinned" in made.locked
    entry = _top(made)
    version = moved.stdout.split("realtime-ext-generated ", 1)[1].split()[0]
    assert entry.startswith(version) and version not in chain.versions_before
    assert f"commit `{'a' * 40}` (2026-09-01)" in entry
    assert "Realtime surface: additive:" in entry and "### Additive" in entry
    assert "### Breaking" not in entry
    recorded = json.loads(made.kept["generated/SURFACE.json"])
    assert recorded["spec"]["commit"] == "a" * 40
    assert "RealtimeServerEventConversationItemPinned" in recorded["schemas"]


@pytest.mark.once(reason="a fact of the regeneration pipeline; one regeneration")
def test_a_docs_only_move_is_classified_and_recorded_so(chain: Chain) -> None:
    made = chain.move("docs")
    moved = made.out
    assert moved.returncode == 0, moved.stderr[-3000:]
    assert _summary(moved.stdout).startswith("docs-only:")
    assert "schema RealtimeCallReferRequest: (the schema itself) description" in moved.stdout
    entry = _top(made)
    assert "Realtime surface: docs-only:" in entry and "### Docs-only (1)" in entry


@pytest.mark.once(reason="a fact of the regeneration pipeline; refused before generating")
def test_a_breaking_move_without_allow_breaking_is_refused_and_writes_nothing(
    chain: Chain,
) -> None:
    made = chain.move("breaking")
    moved = made.out
    assert moved.returncode == 1
    assert _summary(moved.stdout).startswith("BREAKING:")
    assert "- schema RealtimeCallReferRequest target_uri" in moved.stdout
    assert "target_uri: now required" not in moved.stdout
    assert "nothing was written" in moved.stderr and "ALLOW_BREAKING=1" in moved.stderr
    assert made.after == made.before


@pytest.mark.once(reason="a fact of the regeneration pipeline; a regeneration and a mypy run")
def test_an_allowed_breaking_move_is_written_and_fails_on_realtime_ext(chain: Chain) -> None:
    # Written and recorded, breaking first, but regen fails because realtime_ext (which
    # passes target_uri) no longer type-checks against the new layer.
    made = chain.move("breaking allowed")
    moved = made.out
    assert moved.returncode == 1, moved.stdout[-2000:]
    assert "realtime_ext no longer type-checks" in moved.stderr, moved.stderr[-3000:]
    assert "_resources/calls.py" in moved.stderr and "target_uri" in moved.stderr
    assert "Traceback" not in moved.stderr
    assert source.read_pin(chain.root / "openapi" / "pin.toml").commit == "c" * 40
    entry = _top(made)
    assert "Realtime surface: BREAKING:" in entry
    sections = re.findall(r"^### (\w[\w-]*)", entry, re.MULTILINE)
    assert sections[0] == "Breaking", sections
    whole = made.kept["generated/CHANGELOG.md"]
    assert [v.rsplit(".", 1)[1] for v in changelog.versions(whole)[:3]] == sorted(
        (v.rsplit(".", 1)[1] for v in changelog.versions(whole)[:3]), reverse=True
    )
    assert whole.index("BREAKING") < whole.index("docs-only:") < whole.index("additive:")


@pytest.mark.once(reason="a fact of the regeneration pipeline")
def test_a_stale_checksum_beside_a_new_spec_does_not_hide_the_move(
    ram_path: Path, pinned_text: str
) -> None:
    # The new spec written at the documented path, its .sha256 still naming the old pin.
    shared = ram_path / "shared" / "openapi"
    shared.mkdir(parents=True)
    new = shared / "openapi.yaml"
    assert pinned_text.count("        - far_field\n") == 1
    new.write_text(pinned_text.replace("        - far_field\n", ""), encoding="utf-8")
    (shared / "openapi.yaml.sha256").write_text(f"{PINNED.sha256}  openapi.yaml\n")
    root = ram_path / "state"
    copy_state(root)
    before = snapshot(root)
    moved = _move(root, new, "d" * 40, "2026-09-04")
    assert moved.returncode == 1
    assert _summary(moved.stdout).startswith("BREAKING:")
    assert "enum: - far_field" in moved.stdout
    assert snapshot(root) == before
    # Nor can it pass for the pinned spec under the pinned commit.
    moved = _move(root, new, PINNED.commit, PINNED.date, "--allow-breaking")
    assert moved.returncode == 1
    assert "differs from the pinned spec" in moved.stderr and "one upstream commit" in moved.stderr
    assert snapshot(root) == before


def test_local_specs_are_found_by_their_bytes_not_by_a_sidecar(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "openapi"
    folder.mkdir()
    (folder / "openapi.yaml").write_text("paths: {}\n")
    (folder / "openapi.yaml.sha256").write_text(f"{PINNED.sha256}  openapi.yaml\n")
    for name in ("STATE_UPSTREAM", "UPSTREAM", "SHARED"):
        monkeypatch.setattr(source, name, folder)
    assert source.find_local(PINNED.sha256) is None


def _union(*members: dict[str, object]) -> dict[str, object]:
    return {"anyOf": list(members)}


def test_reordered_union_members_are_no_change() -> None:
    vad = {"type": "object", "title": "Server VAD", "properties": {"type": {"const": "server_vad"}}}
    semantic = {"type": "object", "properties": {"type": {"enum": ["semantic_vad"]}}}
    ref = {"$ref": "#/components/schemas/A"}
    old = {"X": {"properties": {"t": _union(vad, semantic, ref, {"type": "null"})}}}
    new = {"X": {"properties": {"t": _union({"type": "null"}, ref, semantic, vad)}}}
    out = spec_diff.Changes()
    spec_diff._section("Schemas", old, new, "schema", out)
    assert (out.breaking, out.additive, out.docs) == ([], [], [])
    # A member that really changed is still found, named by what it is.
    changed = {**semantic, "properties": {"type": {"enum": ["semantic_vad"]}, "eagerness": {}}}
    new = {"X": {"properties": {"t": _union(ref, changed, vad)}}}
    out = spec_diff.Changes()
    spec_diff._section("Schemas", old, new, "schema", out)
    assert any("eagerness" in line for line in out.additive), out
    assert any("member removed null" in line for line in out.breaking), out
    # ["string", "null"] and ["null", "string"] are one type.
    out = spec_diff.Changes()
    spec_diff._section(
        "Schemas",
        {"Y": {"type": ["string", "null"]}},
        {"Y": {"type": ["null", "string"]}},
        "schema",
        out,
    )
    assert (out.breaking, out.additive) == ([], [])


def test_a_property_named_description_is_not_documentation() -> None:
    old = {"X": {"properties": {"description": {"type": "string"}}}}
    new = {"X": {"properties": {"description": {"type": "integer"}}}}
    out = spec_diff.Changes()
    spec_diff._section("Schemas", old, new, "schema", out)
    assert out.breaking and not out.docs


def test_union_names_and_origins_do_not_move_when_upstream_reorders(pinned_text: str) -> None:
    from regen_lib import checks

    doc = source.parse_yaml(pinned_text.encode())
    _, origins, _ = checks.prepare(doc)
    # Every union member's origin names it by its class name, never by its position.
    assert not [o for o in origins.values() if re.search(r"\|\d+$", o)]
    flipped = source.parse_yaml(pinned_text.encode())
    schemas = flipped["components"]["schemas"]
    turned = 0
    for schema in schemas.values():
        for node in _nodes(schema):
            for key in ("anyOf", "oneOf"):
                if isinstance(node.get(key), list) and len(node[key]) > 1:
                    node[key].reverse()
                    turned += 1
    assert turned > 20
    _, flipped_origins, _ = checks.prepare(flipped)
    assert flipped_origins == origins
    out = spec_diff.compare(doc, flipped)
    assert (out.breaking, out.additive, out.docs) == ([], [], [])


def _nodes(node: object) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            found.append(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


@pytest.mark.once(reason="a fact of the regeneration pipeline; one mypy run")
def test_the_ext_check_passes_on_the_committed_generation() -> None:
    # No false alarm: what mypy finds inside generated code is not realtime_ext breaking.
    from regen_lib import ext_check

    assert ext_check.problems(ROOT / "generated", ROOT) == []
