"""The import graph of realtime_ext stays a layered tree (issue 24 item 3).

Read from the source (every ``import`` statement: those inside functions and those under
``if TYPE_CHECKING:`` included, issue 35 item 5; an import a type checker follows is a dependency
even when it never runs, and hiding one behind ``TYPE_CHECKING`` hides a cycle, it does not remove
it):

- no cycle between subpackages (``session`` -> ``tools`` -> ``session`` ...), counting imports
  inside functions: a lazy import hides a cycle, it does not remove it;
- no cycle between modules, imports inside functions included (``sdp._model`` importing
  ``sdp._serialise`` inside ``to_sdp`` while ``_serialise`` imports ``_model`` is a cycle);
- no module imports another subpackage's private module (``realtime_ext.voice._history`` from
  ``realtime_ext.connection``): a subpackage's surface is its ``__init__`` and its public
  modules. The root's private modules (``realtime_ext._exceptions``, ``_redact``, ``_clock``...)
  are the shared base every subpackage may use. The exceptions left are listed in ALLOWED
  with the reason each is needed, and even those never take a name from the private module
  that the subpackage exports publicly;
- no shim: a module whose body is only imports (and ``__all__``), re-exporting names that
  live elsewhere "for old imports". A package's ``__init__`` is its surface, and a public
  module may gather its own subpackage's private modules; any other module holds code.
"""

from __future__ import annotations

import ast
import functools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import realtime_ext

PACKAGE = Path(realtime_ext.__file__).parent
ROOT_NAME = "realtime_ext"

# (importing subpackage, imported private module) -> why it is needed.
ALLOWED: dict[tuple[str, str], str] = {
    ("connection", "realtime_ext.conversation._reconnect"): (
        "connect()'s reconnect keywords build the core's Reconnector with its hook types and "
        "default; connection is the conversation core over a WebSocket"
    ),
    ("connection", "realtime_ext.conversation._carry"): (
        "Carry: connect()'s carry keywords build the core's carry-over plan (plumbing since "
        "issue 57; users pass carry=, typed with the public CarryMode)"
    ),
    ("translation", "realtime_ext.conversation._transport"): (
        "AsyncTransport, SyncTransport: a translation session's channel is a conversation "
        "transport (the protocols are plumbing since issue 57)"
    ),
    ("connection", "realtime_ext.voice._extension"): (
        "conn.voice: the Voice extension a connection builds and attaches is voice's plumbing, "
        "not public API (users reach it as conn.voice)"
    ),
    ("webrtc", "realtime_ext.voice._extension"): "call.voice, as conn.voice on a connection",
    ("webrtc", "realtime_ext.conversation._reconnect"): (
        "a WebRTC call reconnects as connect() does (a new peer connection for a new "
        "socket): its reconnect keywords build the core's Reconnector, with its hook types "
        "and defaults, as connection's do"
    ),
    ("webrtc", "realtime_ext.conversation._carry"): (
        "Carry: a call's carry keywords build the core's carry-over plan, as connection's do"
    ),
    ("webrtc", "realtime_ext._resources._shared"): (
        "the REST body coercion a WebRTC call's POST /realtime/calls shares with calls.create"
    ),
    ("asgi", "realtime_ext._resources._shared"): (
        "token_endpoint checks its expires_after at startup with the check "
        "client_secrets.create runs at each request"
    ),
    ("telephony", "realtime_ext._resources._shared"): (
        "twilio_endpoint checks its session at startup with the one session validator the "
        "REST calls use, as token_endpoint does"
    ),
    ("telephony", "realtime_ext.asgi._types"): (
        "the ASGI callable's types, spelled once in asgi (no framework dependency); asgi "
        "does not export them"
    ),
    ("testing", "realtime_ext.telephony._signature"): (
        "the fake Twilio caller signs with the token the bridge checks with: the "
        "TWILIO_AUTH_TOKEN default and its check are read in one place (loaded on use)"
    ),
    ("testing", "realtime_ext.conversation._carry"): (
        "cassette replay knows the item ids the SDK makes (random on every run) by their form"
    ),
    ("telephony", "realtime_ext.asgi._http"): (
        "the lifespan protocol's answer, written once for every ASGI endpoint the SDK serves"
    ),
    ("conversation", "realtime_ext.events._sends"): (
        "the typed send namespaces (conn.response.create ...) are built next to the event "
        "classes they validate against; the conversation mounts them"
    ),
    ("conversation", "realtime_ext.events._payload"): (
        "to_payload: the one converter from a sent event (a model, a dict, anything with "
        "to_dict) to its JSON object, shared by the typed sends, the core, the tool loop and "
        "the error surfacing; plumbing, not event API (users send models or dicts)"
    ),
    ("tools", "realtime_ext.events._payload"): (
        "registry.handle reads a function-call event, typed or a dict, through the same "
        "converter as the conversation"
    ),
    ("conversation", "realtime_ext.events._parse"): (
        "wire_decoder: the receive loop calls the decoder behind parse_server_event without "
        "the public wrapper's frame, and gets the JSON object with the event; a hot-path "
        "detail, not API"
    ),
    ("voice", "realtime_ext.audio._formats"): (
        "output_format_of (the session's output format) is voice's, not a user's, concern"
    ),
    ("voice", "realtime_ext.audio._time"): "the audio clock voice measures playback with",
    ("testing", "realtime_ext.audio._formats"): (
        "audio_format: the fake server reads a session's audio format as the SDK's speakers "
        "and trackers do; turning a session's format into an AudioFormat is plumbing (users "
        "pass format names)"
    ),
    ("voice", "realtime_ext.events._fields"): (
        "as_dict, field, b64_size: reading fields of typed or dict events, shared with "
        "telemetry's recorder; plumbing, not event API"
    ),
    ("telemetry", "realtime_ext.events._fields"): (
        "the recorder reads the events it notes as voice does: the decoded JSON when it is "
        "at hand, never a second conversion"
    ),
    ("telemetry", "realtime_ext.audio._formats"): (
        "output_format_of: a response's audio milliseconds are counted in the session's "
        "output format, as voice counts them"
    ),
    ("webrtc", "realtime_ext.telemetry._options"): (
        "telemetry_of: a WebRTC call reports to the telemetry of the client that made it"
    ),
    ("translation", "realtime_ext.webrtc._call"): (
        "PeerOptions: a translation call's peer is made from the options "
        "connect_translation takes as connect does; the machinery is not user API, users "
        "call client.webrtc"
    ),
    ("translation", "realtime_ext.webrtc._peer_async"): (
        "establish, AsyncPeer, opening: a translation call's peer is made by the WebRTC call "
        "machinery (offer, answer, data channel) and opens as a conversation call does"
    ),
    ("translation", "realtime_ext.webrtc._peer_sync"): (
        "establish, SyncPeer, opening: the blocking translation call (generated from the "
        "asyncio one) keeps its peer on the same private loop thread as a blocking "
        "conversation call"
    ),
    ("translation", "realtime_ext.webrtc._async"): (
        "AsyncPeerCall, AsyncWebRTC: a translation call holds its peer as a conversation call "
        "holds it, and client.webrtc adds connect_translation to the calls' namespace"
    ),
    ("translation", "realtime_ext.webrtc._sync"): (
        "SyncPeerCall, WebRTC: the same for the blocking call and client (the generated twin "
        "of the asyncio import above)"
    ),
    ("translation", "realtime_ext.telemetry._options"): (
        "telemetry_of: a translation call reports to the telemetry of the client that made it"
    ),
    ("_resources", "realtime_ext.webhooks._verify"): (
        "DEFAULT_TOLERANCE: client.webhooks.verify/unwrap default to the tolerance the "
        "module functions use, one constant (no longer public: users pass tolerance=)"
    ),
    ("_resources", "realtime_ext.webhooks._headers"): (
        "HeadersLike, the headers parameter's type of client.webhooks as of webhooks.verify"
    ),
    ("asgi", "realtime_ext.webhooks._verify"): (
        "DEFAULT_TOLERANCE, check_tolerance: webhook_endpoint's tolerance defaults to "
        "verify's and is checked as verify checks it"
    ),
    ("asgi", "realtime_ext.webhooks._headers"): (
        "ID_HEADER, TIMESTAMP_HEADER, read_signature_headers: webhook_endpoint refuses "
        "repeated signed headers and claims the webhook-id exactly as verify read it"
    ),
    ("cli", "realtime_ext.webrtc._deps"): (
        "INSTALL_HINT, aiortc_available: the CLI says how to install the webrtc extra, as "
        "the WebRTC package itself does"
    ),
    ("testing", "realtime_ext.webrtc._deps"): (
        "aiortc_available, aiortc_installed, INSTALL_HINT: the fake server's WebRTC side needs "
        "aiortc too"
    ),
    ("connection", "realtime_ext.voice._history"): (
        "DEFAULT_MAX_AUDIO_BYTES: connect(max_audio_bytes=)'s default is the history's"
    ),
    ("translation", "realtime_ext.webrtc._audio"): (
        "SAMPLE_RATE, AudioInput, AudioOutput: a translation call's audio in and out are a "
        "WebRTC call's (call.audio_in/audio_out), reached as attributes"
    ),
    ("_client_async", "realtime_ext.connection._connect"): (
        "AsyncConnect, what client.connect() returns on the asyncio client (await it or use "
        "it with async with); users never name it"
    ),
    ("connection", "realtime_ext.conversation._transport"): (
        "AsyncReopen, SyncReopen: the reopen hook types a WebSocket connection hands the core"
    ),
    ("voice", "realtime_ext.conversation._handlers"): (
        "event_type: the extensions read a typed or dict event's type as the core does"
    ),
    ("cli", "realtime_ext.sdp._inspect"): (
        "`sdp inspect` prints codecs, candidates, the data channel and the DTLS role: "
        "inspection helpers the CLI reads, users read sdp.summary()"
    ),
    ("cli", "realtime_ext.sdp._samples"): (
        "SAMPLE_OFFERS: `sdp sample`'s choices, the browsers sample_offer knows"
    ),
    ("cli", "realtime_ext.sdp._validate"): (
        "validate_answer: `sdp inspect --validate answer` and the demo check the API's answer "
        "as a WebRTC call does"
    ),
    ("cli", "realtime_ext.webhooks._secret"): (
        "SECRET_ENV_VAR: `webhook verify` names the variable in the shell's terms when no "
        "secret is given, the one the library reads"
    ),
    ("testing", "realtime_ext.sdp._lines"): (
        "Candidate: use_loopback_ice drops the answer's non-loopback candidate lines"
    ),
    ("translation", "realtime_ext.session._translation"): (
        "DEFAULT_TRANSLATION_MODEL: the translation entry points' model= default"
    ),
    ("_client_async", "realtime_ext.translation._client_async"): (
        "AsyncTranslations: what client.translations is (REST plus connect), reached through "
        "the client as client.calls is; not imported by users"
    ),
    ("_client_sync", "realtime_ext.translation._client_sync"): (
        "Translations, in the generated twin of the line above"
    ),
    ("_client_async", "realtime_ext.translation._webrtc_async"): (
        "AsyncTranslationWebRTC: what the asyncio client.webrtc is (calls plus translation calls)"
    ),
    ("_client_sync", "realtime_ext.translation._webrtc_sync"): (
        "TranslationWebRTC: what the blocking client.webrtc is"
    ),
    ("cli", "realtime_ext._resources._shared"): (
        "--session goes through the REST calls' own session coercion (session_body), so the CLI "
        "refuses exactly what client_secrets.create refuses"
    ),
    ("_resources", "realtime_ext.sdp._validate"): (
        "calls.create's one-pass offer check (validate_offer's checks without building the "
        "parsed model) is a sending detail, not SDP API"
    ),
    ("webrtc", "realtime_ext.audio._wav"): (
        "audio_in WAV files go through the one WAV reader that checks the header (rate, "
        "width, channels) before any audio is framed"
    ),
    ("testing", "realtime_ext.webrtc._ice"): (
        "the loopback ICE opt-in fills the WebRTC code's gathering hook"
    ),
    ("testing", "realtime_ext.webrtc._audio"): (
        "track_pcm: the fake server's peer decodes the audio it receives with the one decoder "
        "a call's audio_out uses (PCM16 mono at 24 kHz)"
    ),
    ("testing", "realtime_ext.audio._speakers"): (
        "BaseSpeaker, PlaybackObserver: FakeSpeaker (a test double, so in testing) shares the "
        "real speakers' queue, flushing and tracker reports; the base is no user API"
    ),
    ("testing", "realtime_ext.audio._time"): (
        "time_source: FakeSpeaker reads its clock (a Clock or a callable) as voice does"
    ),
    ("translation", "realtime_ext.connection._keywords"): (
        "connect_translation() takes connect()'s options (ConnectOptions), checked by the "
        "same functions (checked_options, socket_plan)"
    ),
    ("translation", "realtime_ext.connection._options"): (
        "a translation session's socket is the Realtime connection's: prepare() checks the "
        "arguments and builds the URL at /realtime/translations, with the same limits and "
        "defaults; plumbing that connect() is built from, not user API"
    ),
    ("translation", "realtime_ext.connection._async"): (
        "open_live: a translation connection opens on connect()'s websockets transport, "
        "reopened the same way by a reconnect"
    ),
    ("translation", "realtime_ext.connection._sync"): (
        "open_live on the blocking driver, in the generated twin of the line above"
    ),
    ("translation", "realtime_ext.conversation._actions_async"): (
        "Pending, what a typed send returns on the asyncio driver: a translation session's "
        "sends are typed as its conversation's (scripts/gen_sync.py maps it to _actions_sync)"
    ),
    ("translation", "realtime_ext.conversation._actions_sync"): (
        "Pending on the blocking driver, in the generated twin of the line above"
    ),
    ("translation", "realtime_ext.events._sends"): (
        "TranslationSends builds a translation session's conn.session (and checks the "
        "session given to connect); its namespaces are reached as attributes, not imported"
    ),
    # Annotations only (under TYPE_CHECKING), counted since issue 35 item 5:
    ("translation", "realtime_ext.conversation._reconnect"): (
        "translation's connect() and client.translations.connect take the same reconnect "
        "hooks, typed with the core's hook types, as connection's connect() does"
    ),
    ("translation", "realtime_ext.conversation._shared"): (
        "TranslationBase, what both translation drivers add with no I/O, is a "
        "ConversationBase (the live session's I/O-free half): issue 57, no forwarding class"
    ),
    ("translation", "realtime_ext.conversation._core"): (
        "TransportT, the transport type TranslationBase is generic over, as ConversationBase"
    ),
    ("translation", "realtime_ext.conversation._async"): (
        "AsyncLiveBase: a translation session is the conversation's driver configured for "
        "translation (its decoder and sends), not a wrapper forwarding to a conversation"
    ),
    ("translation", "realtime_ext.conversation._sync"): (
        "LiveBase, in the generated twin of the line above"
    ),
}

# Deprecated aliases (issue 57): a module ``__getattr__`` that warns and imports the name
# from its new home, kept for one release. (old home, new home) -> what moved. These lazy
# imports point up the layers by nature (the name moved up); the cycle checks leave them out,
# and only while the alias exists (test_deprecated_alias_edges_exist): remove both together.
DEPRECATED_ALIASES: dict[tuple[str, str], str] = {
    ("realtime_ext.audio", "realtime_ext.testing"): (
        "audio.FakeSpeaker, a test double, moved to testing.FakeSpeaker"
    ),
}


@dataclass(frozen=True)
class Edge:
    source: str  # importing module
    target: str  # imported module
    line: int
    top_level: bool  # runs at import time (not inside a function nor under TYPE_CHECKING)
    names: tuple[str, ...] = ()  # the names a ``from target import ...`` takes


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_module(name: str) -> bool:
    path = PACKAGE.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def is_type_checking(node: ast.If) -> bool:
    return "TYPE_CHECKING" in ast.unparse(node.test)


def imports_in(tree: ast.Module) -> list[tuple[ast.Import | ast.ImportFrom, bool]]:
    """Every import, with whether it runs at import time.

    Imports inside functions and methods are found and marked as not top-level, and so are
    those under ``if TYPE_CHECKING:`` (they never run, but the type checker follows them: the
    importing module depends on the imported one all the same).
    """
    found: list[tuple[ast.Import | ast.ImportFrom, bool]] = []

    def visit(node: ast.AST, at_import_time: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and is_type_checking(child):
                for stmt in child.body:
                    visit(ast.Module(body=[stmt], type_ignores=[]), False)
                for stmt in child.orelse:
                    visit(ast.Module(body=[stmt], type_ignores=[]), at_import_time)
                continue
            if isinstance(child, ast.Import | ast.ImportFrom):
                found.append((child, at_import_time))
            function = isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            visit(child, at_import_time and not function)

    visit(tree, True)
    return found


def imported_module(node: ast.ImportFrom, package: str) -> str:
    if not node.level:
        return node.module or ""
    base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


@functools.cache
def parsed(path: Path) -> ast.Module:
    """A module's syntax tree, parsed once per test process (read, never changed)."""
    return ast.parse(path.read_text(encoding="utf-8"))


def edges_of(path: Path, text: str | None = None) -> list[Edge]:
    source = module_name(path)
    package = source if path.name == "__init__.py" else source.rpartition(".")[0]
    tree = parsed(path) if text is None else ast.parse(text)
    found: list[Edge] = []
    for node, top_level in imports_in(tree):
        targets: list[tuple[str, tuple[str, ...]]] = []
        if isinstance(node, ast.Import):
            targets = [(alias.name, ()) for alias in node.names]
        else:
            module = imported_module(node, package)
            for alias in node.names:
                candidate = f"{module}.{alias.name}"
                if is_module(candidate):
                    targets.append((candidate, ()))
                else:
                    targets.append((module, (alias.name,)))
        for target, names in targets:
            if target.split(".")[0] == ROOT_NAME and target != source:
                found.append(Edge(source, target, node.lineno, top_level, names))
    return found


def shim_reason(path: Path, text: str | None = None) -> str | None:
    """Why the module is a shim (only imports and ``__all__``), or None if it holds code."""
    if path.name in ("__init__.py", "__main__.py"):
        return None
    tree = parsed(path) if text is None else ast.parse(text)
    body = list(tree.body)
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]  # the docstring
    imported: list[str] = []
    for stmt in body:
        if isinstance(stmt, ast.ImportFrom) and stmt.module == "__future__":
            continue
        if isinstance(stmt, ast.Import | ast.ImportFrom):
            imported.append(
                imported_module(stmt, module_name(path).rpartition(".")[0])
                if isinstance(stmt, ast.ImportFrom)
                else stmt.names[0].name
            )
            continue
        if isinstance(stmt, ast.If) and is_type_checking(stmt):
            continue
        targets = stmt.targets if isinstance(stmt, ast.Assign) else []
        if isinstance(stmt, ast.AnnAssign):
            targets = [stmt.target]
        if targets and all(isinstance(t, ast.Name) and t.id == "__all__" for t in targets):
            continue
        return None  # real code
    if not imported:
        return None
    own = module_name(path).rpartition(".")[0]
    public = not path.stem.startswith("_")
    if public and own != ROOT_NAME and all(m.startswith(f"{own}._") for m in imported):
        return None  # a public module gathering its own subpackage's private modules
    return f"only re-exports names from {', '.join(sorted(set(imported)))}"


@functools.cache
def public_names(package: str) -> frozenset[str]:
    """The names a package's ``__init__`` lists in ``__all__`` (read from the source)."""
    init = PACKAGE.parent.joinpath(*package.split("."), "__init__.py")
    if not init.is_file():
        return frozenset()
    for stmt in ast.parse(init.read_text(encoding="utf-8")).body:
        if isinstance(stmt, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in stmt.targets
        ):
            value = ast.literal_eval(stmt.value)
            return frozenset(str(name) for name in value)
    return frozenset()


# Read once per test process: six tests walk the same graph, and parsing every module again
# for each was 2.5 s a test (test_allowed_private_imports_take_no_public_name also read an
# __init__ per edge). The source does not change during a run.
@functools.cache
def all_edges() -> tuple[Edge, ...]:
    return tuple(edge for path in sorted(PACKAGE.rglob("*.py")) for edge in edges_of(path))


def subpackage(module: str) -> str:
    """The first level under realtime_ext: a subpackage, or a root module."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ROOT_NAME


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def private_module(target: str) -> bool:
    """Whether ``target`` is private to a subpackage (a ``_name`` below the first level)."""
    parts = target.split(".")[2:]
    return any(part.startswith("_") and not part.startswith("__") for part in parts)


def alias_edge(edge: Edge) -> bool:
    """A deprecated alias's lazy import (in a function or under TYPE_CHECKING), listed above."""
    return not edge.top_level and (edge.source, edge.target) in DEPRECATED_ALIASES


def test_no_cycle_between_subpackages() -> None:
    graph: dict[str, set[str]] = defaultdict(set)
    for edge in all_edges():
        if alias_edge(edge):
            continue
        a, b = subpackage(edge.source), subpackage(edge.target)
        if a != b and ROOT_NAME not in (a, b):
            graph[a].add(b)
    assert cycles(graph) == []


def test_no_cycle_between_modules() -> None:
    """Imports inside functions count: a lazy import hides a cycle, it does not remove it."""
    graph: dict[str, set[str]] = defaultdict(set)
    for edge in all_edges():
        if not alias_edge(edge):
            graph[edge.source].add(edge.target)
    assert cycles(graph) == []


def test_deprecated_alias_edges_exist_and_are_lazy() -> None:
    edges = [e for e in all_edges() if (e.source, e.target) in DEPRECATED_ALIASES]
    assert {(e.source, e.target) for e in edges} == set(DEPRECATED_ALIASES), "alias gone?"
    assert not [e for e in edges if e.top_level], "an alias imports its new home on use only"


def test_no_shim_module() -> None:
    shims = {
        str(path.relative_to(PACKAGE.parent)): reason
        for path in sorted(PACKAGE.rglob("*.py"))
        if (reason := shim_reason(path)) is not None
    }
    assert shims == {}, "import from where the names live (realtime_ext._exceptions ...)"


def test_no_import_of_another_subpackages_private_module() -> None:
    found: set[tuple[str, str]] = set()
    for edge in all_edges():
        src = subpackage(edge.source)
        if src != subpackage(edge.target) and private_module(edge.target):
            found.add((src, edge.target))
    unexpected = sorted(found - set(ALLOWED))
    assert unexpected == [], "import from the subpackage's __init__ (or allow it with a reason)"
    assert sorted(set(ALLOWED) - found) == [], "ALLOWED lists an import that is gone"


def test_allowed_private_imports_take_no_public_name() -> None:
    """A name the subpackage exports is imported from the subpackage, even under ALLOWED."""
    public_from_private = sorted(
        f"{edge.source}:{edge.line} {edge.target}.{name}"
        for edge in all_edges()
        if subpackage(edge.source) != subpackage(edge.target) and private_module(edge.target)
        for name in edge.names
        if name in public_names(".".join(edge.target.split(".")[:2]))
    )
    assert public_from_private == []


def test_the_checks_can_fail() -> None:
    assert cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}}) == [["a", "b"]]
    assert private_module("realtime_ext.voice._history")
    assert not private_module("realtime_ext.testing.__main__")
    assert not private_module("realtime_ext._exceptions")

    lazy = "def f():\n    from ._b import x\n\nif TYPE_CHECKING:\n    from ._c import y\n"
    edges = edges_of(PACKAGE / "sdp" / "_a.py", lazy)
    assert [(e.target, e.top_level, e.names) for e in edges] == [
        ("realtime_ext.sdp._b", False, ("x",)),
        ("realtime_ext.sdp._c", False, ("y",)),
    ]

    shim = '"""Kept importable."""\nfrom .._exceptions import A as A\n__all__ = ["A"]\n'
    assert shim_reason(PACKAGE / "sdp" / "_old.py", shim) == (
        "only re-exports names from realtime_ext._exceptions"
    )
    assert shim_reason(PACKAGE / "sdp" / "_old.py", shim + "X = 1\n") is None
    assert shim_reason(PACKAGE / "sdp" / "__init__.py", shim) is None
    surface = "from ._a import x\n__all__ = ['x']\n"
    assert shim_reason(PACKAGE / "sdp" / "gathered.py", surface) is None
    assert shim_reason(PACKAGE / "sdp" / "_gathered.py", surface) is not None


FEATURES_ABOVE_THE_CORE = ("telemetry", "voice")
"""Features the factories attach to a conversation as extensions (issue 57 item 4)."""


def core_imports_of_features(edges: Sequence[Edge]) -> list[str]:
    """The imports (any kind) from the conversation core of a feature above it."""
    return sorted(
        {
            f"{edge.source}:{edge.line} {edge.target}"
            for edge in edges
            if subpackage(edge.source) == "conversation"
            and subpackage(edge.target) in FEATURES_ABOVE_THE_CORE
        }
    )


def test_the_conversation_core_knows_neither_voice_nor_telemetry() -> None:
    """Voice and telemetry are composed from above: the core imports neither, not even
    under TYPE_CHECKING or inside a function."""
    assert core_imports_of_features(all_edges()) == []
    # The rule can fail: the core's import of the recorder before issue 57 item 4.
    old = "from realtime_ext.telemetry._recorder import Recorder, recorder_for\n"
    edges = edges_of(PACKAGE / "conversation" / "_core.py", old)
    assert core_imports_of_features(edges) == [
        "realtime_ext.conversation._core:1 realtime_ext.telemetry._recorder"
    ]


def test_connection_and_conversation_export_each_name_once() -> None:
    """The conversation's names (reconnect events, ResponseLostError...) have one home."""
    both = public_names("realtime_ext.connection") & public_names("realtime_ext.conversation")
    assert sorted(both) == []
