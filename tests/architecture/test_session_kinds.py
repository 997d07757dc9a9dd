"""Which files name each session kind, and no new one may (issue 80 item 1).

A session kind (the Realtime conversation, a translation session, GPT-Live) is its own
code plus the namespaces that expose it; everything else (the core's base, the openers,
WebRTC's peer, telemetry's recorder, the tool loop) is generic over its descriptor,
:class:`realtime_ext.conversation.SessionKind`. A kind's own code is:

- its package in the core (:data:`KIND_PACKAGES`: its descriptor, connection class, entry
  points and REST resource);
- in each other package that offers it something the core cannot hold (a WebRTC call needs
  aiortc, a recorder the telemetry, a fake the test server), modules named for it: a path
  with one of its words (:func:`kind_of_path`: ``webrtc/_live_async.py``,
  ``telemetry/_translation_recorder.py``, ``testing/_live_store.py``). The distributions
  install apart, so a kind's WebRTC call cannot live in the core's package; it lives in a
  module of its own beside the other kinds', which it names none of.

The namespaces that expose a kind (:data:`NAMESPACES`: the packages' exports, the client's
``client.live`` and ``client.translations``, the command lines' options, and the other public
surfaces that offer it, such as ``AsyncWebRTC(client).connect_live``,
``twilio_endpoint(api="live")`` and the fake server's options) name it too; they hand it on to
the kind's modules and hold none of its logic.
Any other file that names a kind is on :data:`NAMING`, the baseline of what is still to be
made generic: a file that starts naming a kind outside these fails, and a file that stops
naming one must come off the list, so the list only shrinks. A kind's modules name no other
kind.

What "names a kind" means here, precisely: one of the file's identifiers (Python's NAME
tokens: names in code, attributes, parameters, imported modules and names; not comments,
docstrings or other string literals) has one of the kind's words among its words, an
identifier's words being its parts split at underscores and at lower-to-upper case
changes, compared case-insensitively (``AsyncLiveConnection``: async, live, connection;
``_live_carry``: live, carry; ``keepalive`` is one word, not ``live``). GPT-Live's word is
``live``; translation's are ``translation``, ``translations`` and ``translate``. The
conversation's generic base, ``LiveBase``/``AsyncLiveBase`` ("a live session", older than
GPT-Live), does not name it. The Realtime conversation is the default kind and is not
counted (``realtime`` is in the package's own name).

Scanned: every ``.py`` file under ``realtime_ext/`` (the generated tables are the kinds' own).
"""

from __future__ import annotations

import functools
import io
import re
import tokenize
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "realtime_ext"

KIND_WORDS = {
    "GPT-Live": frozenset({"live"}),
    "translation": frozenset({"translation", "translations", "translate"}),
}
"""The words by which an identifier names each kind."""

GENERIC = frozenset({"LiveBase", "AsyncLiveBase", "translate_path"})
"""Identifiers with a kind's word that name no kind: the conversation's generic base, and
``http.server``'s ``SimpleHTTPRequestHandler.translate_path`` (a URL path to a file's),
which an example's token server overrides."""

IN_PROGRESS = frozenset({"asgi/_shutdown.py"})
"""Files whose bare identifier ``live`` means "in progress", not GPT-Live:
``GracefulShutdown.live(kind)``, the calls and deliveries still running (a public name
older than GPT-Live's support). A compound (``live_session``) still names the kind there."""

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")

GENERIC_MODULES = frozenset(
    {
        "_base/core.py",
        "_base/conversation_async.py",
        "_base/conversation_sync.py",
        "_base/shared.py",
        "_base/carry.py",
        "_base/policy.py",
        "_base/reconnect.py",
        "webrtc/_peer_call_async.py",
        "webrtc/_peer_call_sync.py",
        "webrtc/_redial.py",
    }
)
"""Modules every kind runs on: they read the kind's descriptor and name none."""

KIND_PACKAGES = {"GPT-Live": "_live/", "translation": "_translation/"}
"""Each kind's own package in the core (under ``realtime_ext/``): its descriptor, connection
class, entry points and REST resource."""

NAMESPACES = {
    "GPT-Live": frozenset(
        {
            "__init__.py",
            "_client_async.py",  # client.live
            "_client_sync.py",
            "asgi/__init__.py",
            # AnswerOn, CallApi, IncomingCall: answer_on's choices and the announcements they
            # choose among, each API's, and the option checked against the sessions given.
            "asgi/_answer_on.py",
            # RunningCall.live_connection: a GPT-Live call's sideband, typed.
            "asgi/_call.py",
            # CallRunner(live_session=, client_tool=, on_live_start=): its options, handed to
            # the kind's answer (asgi/_live_answer.py: accept, sideband, tool loop).
            "asgi/_runner.py",
            "connection/__init__.py",
            "conversation/__init__.py",
            "events/__init__.py",
            "telemetry/__init__.py",
            # PRICES and ModelPrices: every model's price, GPT-Live's a LivePrices
            # (telemetry/_live_prices.py), and an app's table checked for either.
            "telemetry/_prices.py",
            # twilio_endpoint(api="live") and TwilioCall.live_conn: the call's options and
            # connection; the call's GPT-Live side is telephony/_live_leg.py's.
            "telephony/_bridge.py",
            "testing/__main__.py",  # serve-fake's options for its Live sessions
            # FakeRealtimeServer: its options, attributes and methods for GPT-Live sessions
            # (live_clock=, live_sessions, live_call_incoming()...), routed to the kind's
            # modules (testing/_live*.py), as client.live is to _live/.
            "testing/_server.py",
            "tools/__init__.py",
            # check_live_session, for the other distributions to check a Live session
            # without a private import.
            "validation.py",
            "webhooks/__init__.py",
            # WebhookEvent, the union unwrap returns, and the table parse_event reads: each
            # API's webhook events and rows are its module's (webhooks/_live_events.py).
            "webhooks/_typed.py",
            "webrtc/__init__.py",
            # AsyncWebRTC(client).connect_live and WebRTC's: its options, handed to the
            # kind's call (webrtc/_live_async.py) as a webrtc/_live_request.py request.
            "webrtc/_async.py",
            "webrtc/_call.py",
            "webrtc/_sync.py",
        }
    ),
    "translation": frozenset(
        {
            "__init__.py",
            "_client.py",  # client.translations
            "_client_async.py",
            "_client_sync.py",
            # AsyncOpenSession and OpenSession: any open session's protocol, its events
            # typed as each kind's union.
            "_open_session_async.py",
            "_open_session_sync.py",
            # session_problem(kinds=("translation",)) and check_session's: each session type
            # the option names, by its request model (a translation session has no type).
            "_validate.py",
            "cli/__init__.py",  # the translate command
            "connection/__init__.py",
            "conversation/__init__.py",
            "events/__init__.py",
            "session/__init__.py",
            # measure(conn, translation=True): the option, handed on as the session's kind.
            "telemetry/_measure.py",
            # Script.next_translation: what a translation session hears and says next,
            # queued for the kind's session (testing/_translation.py), which translates it.
            "testing/_script.py",
            # FakeRealtimeServer: the translation routes (sockets, client secrets, WebRTC
            # calls) of testing/_translation*.py, wired in, and translation_calls.
            "testing/_server.py",
            "webrtc/__init__.py",
            # AsyncWebRTC(client).connect_translation and WebRTC's: its options, handed to
            # the kind's call (webrtc/_translation_async.py).
            "webrtc/_async.py",
            "webrtc/_call.py",
            "webrtc/_sync.py",
        }
    ),
}
"""The namespaces that expose each kind to apps: they import and export its names, offer its
options, and type what they hand out as its classes (a method, an option, an attribute, a
union), then hand each on to the kind's own modules; they hold none of its logic (what the
kind does with the option). A file is listed here only once that logic is out of it; the
comment says what it exposes."""

NAMING = {
    "GPT-Live": frozenset(
        {
            # Which recorder each kind gets. Telemetry installs apart from the core, so the
            # core's descriptor cannot name its recorder, and finding one by name is what
            # test_no_hook_by_name refuses: the distribution lists its kinds here, once.
            "telemetry/_recorders.py",
            # ToolRegistry.loop: which loop answers a connection, as the recorders above
            # (the tool loop installs apart from the core too).
            "tools/_registry.py",
        }
    ),
    "translation": frozenset(
        {
            "telemetry/_recorders.py",
        }
    ),
}
"""The baseline: the files (under ``realtime_ext/``) that name each kind today and are
neither its own nor a namespace; each comment says why it still does."""


def words(identifier: str) -> frozenset[str]:
    """An identifier's words, lower-cased (see the module docstring).

    Example:
        >>> sorted(words("AsyncLiveConnection")), sorted(words("LIVE_SIDEBAND"))
        (['async', 'connection', 'live'], ['live', 'sideband'])
    """
    return frozenset(word.lower() for part in identifier.split("_") for word in _WORD.findall(part))


def kinds_named(source: str, *, in_progress: bool = False) -> frozenset[str]:
    """The kinds ``source`` names (by its identifiers only); ``in_progress``: its bare
    ``live`` is not GPT-Live's (:data:`IN_PROGRESS`)."""
    found: set[str] = set()
    previous = ""
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        after_dot, previous = previous == ".", token.string
        if token.type != tokenize.NAME or token.string in GENERIC:
            continue
        if in_progress and token.string == "live":
            continue
        if after_dot and token.string == "translate":  # str/bytes.translate, no kind
            continue
        said = words(token.string)
        found.update(kind for kind, kind_words in KIND_WORDS.items() if said & kind_words)
    return frozenset(found)


def kind_of_path(name: str) -> str | None:
    """The kind a file is named for (a path under ``realtime_ext/`` with one of the kind's
    words in a folder's or the file's name), or ``None``.

    Example:
        >>> kind_of_path("webrtc/_live_async.py"), kind_of_path("cli/_translate.py")
        ('GPT-Live', 'translation')
        >>> kind_of_path("examples/webrtc_translation_browser/server.py")
        'translation'
        >>> kind_of_path("webrtc/_async.py") is None
        True
    """
    said = frozenset().union(*(words(part) for part in name.removesuffix(".py").split("/")))
    found = [kind for kind, kind_words in KIND_WORDS.items() if said & kind_words]
    return found[0] if len(found) == 1 else None


@functools.cache
def naming() -> dict[str, frozenset[str]]:
    """For each kind, the files under ``realtime_ext/`` that name it."""
    found: dict[str, set[str]] = {kind: set() for kind in KIND_WORDS}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        source = path.read_text(encoding="utf-8")
        for kind in kinds_named(source, in_progress=name in IN_PROGRESS):
            found[kind].add(name)
    return {kind: frozenset(files) for kind, files in found.items()}


def test_what_names_a_kind() -> None:
    assert kinds_named("from ._live_carry import LiveCarry\n") == {"GPT-Live"}
    assert kinds_named("conn = AsyncTranslationConnection(t)\n") == {"translation"}
    assert kinds_named("# GPT-Live\nx = '/live/sessions'\nkeepalive = 1\n") == set()
    assert kinds_named("class C(AsyncLiveBase[E]): pass\n") == set()
    assert kinds_named("pcm[0::2] = codes.translate(low)\n") == set()
    assert kinds_named("def translate_path(self, path: str) -> str: ...\n") == set()
    calls = "running = shutdown.live('call')\n"
    assert kinds_named(calls) == {"GPT-Live"}  # client.live, elsewhere
    assert kinds_named(calls, in_progress=True) == set()
    assert kinds_named("c = client.live_session\n", in_progress=True) == {"GPT-Live"}


def own(kind: str, files: frozenset[str]) -> frozenset[str]:
    """Those of ``files`` that are ``kind``'s own: in its package or named for it."""
    home = KIND_PACKAGES[kind]
    return frozenset(f for f in files if f.startswith(home) or kind_of_path(f) == kind)


@pytest.mark.parametrize("kind", sorted(KIND_WORDS))
def test_no_new_file_names_a_kind(kind: str) -> None:
    named = naming()[kind]
    new = sorted(named - NAMING[kind] - NAMESPACES[kind] - own(kind, named))
    assert not new, (
        f"these files name {kind} but are neither its own modules, nor a namespace exposing "
        f"it, nor on the baseline: {new}; read what differs between kinds from the session "
        "kind's descriptor instead, or put the kind's code in a module named for it"
    )


@pytest.mark.parametrize("kind", sorted(KIND_WORDS))
def test_the_baseline_only_shrinks(kind: str) -> None:
    gone = sorted((NAMING[kind] | NAMESPACES[kind]) - naming()[kind])
    assert not gone, f"these files no longer name {kind}: take them off the lists: {gone}"


@pytest.mark.parametrize("kind", sorted(KIND_WORDS))
def test_the_lists_hold_no_kinds_own_file(kind: str) -> None:
    listed = NAMING[kind] | NAMESPACES[kind]
    assert not NAMING[kind] & NAMESPACES[kind]
    assert not {f for f in listed if kind_of_path(f) is not None}, kind
    assert not {f for f in listed if f.startswith(tuple(KIND_PACKAGES.values()))}, kind


def test_a_kinds_own_files_name_no_other_kind() -> None:
    for kind in KIND_WORDS:
        for name in own(kind, frozenset().union(*naming().values())):
            named = kinds_named((PACKAGE / name).read_text(encoding="utf-8"))
            assert named <= {kind}, (name, sorted(named))


def test_what_a_kinds_own_file_is() -> None:
    assert kind_of_path("telemetry/_live_recorder.py") == "GPT-Live"
    assert kind_of_path("session/_translation.py") == "translation"
    assert kind_of_path("translation/_audio.py") == "translation"  # its folder's name
    assert kind_of_path("connection/_keepalive.py") is None  # one word, not live
    assert kind_of_path("webrtc/_live_translation.py") is None  # two kinds: no one's own
    assert own(
        "GPT-Live", frozenset({"_live/rest.py", "tools/_live.py", "tools/_registry.py"})
    ) == {
        "_live/rest.py",
        "tools/_live.py",
    }


def test_the_modules_every_kind_runs_on_name_none() -> None:
    base = {path.relative_to(PACKAGE).as_posix() for path in (PACKAGE / "_base").glob("*.py")}
    assert all(name in base or name.startswith("webrtc/") for name in GENERIC_MODULES)
    for kind, files in naming().items():
        assert not files & GENERIC_MODULES, (kind, sorted(files & GENERIC_MODULES))
        assert not NAMING[kind] & GENERIC_MODULES
        # The core's base, below every kind, names none (the default Realtime conversation's
        # descriptor aside, which is no kind of this test's).
        assert not files & base, (kind, sorted(files & base))


def test_a_kinds_package_is_its_own() -> None:
    # The package holds the kind's code (it names the kind) and no other kind's.
    for kind, home in KIND_PACKAGES.items():
        files = sorted((PACKAGE / home).glob("*.py"))
        assert len(files) >= 5, (kind, files)
        for path in files:
            name = path.relative_to(PACKAGE).as_posix()
            named = kinds_named(path.read_text(encoding="utf-8"))
            assert named <= {kind}, (name, sorted(named))
            assert not any(name in NAMING[other] | NAMESPACES[other] for other in NAMING), name
