"""The ``realtime_cassette`` pytest fixture, run in an inner pytest session over a small test
suite of an app written with the unmodified ``openai`` package: record once, replay offline,
fail clearly when the app changes, never write the key.

The inner sessions run in this process (pytester's ``runpytest_inprocess``): a pytest
subprocess per session cost seconds each (interpreter, openai and pytest imports), and a
dozen of them made this file the slowest of the unit tests. In-process is what the plugin
allows: the fixture reads its key and sets OPENAI_BASE_URL/OPENAI_API_KEY through the inner
session's own monkeypatch, restored when the inner test ends; the app module is imported
afresh each run (:class:`KeepLibraries`), so an edited app is the one that runs.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import pytest
from _pytest import pytester as pytester_module

from realtime_ext import __version__
from realtime_ext.testing import Cassette, FakeRealtimeServer

pytest_plugins = ["pytester"]

# The app's own module, the one thing each inner session must import afresh (it is edited
# between sessions).
APP_MODULE = "test_app"


class KeepLibraries(pytester_module.SysModulesSnapshot):
    """pytester's ``sys.modules`` snapshot, keeping every module but the app's.

    pytester drops, after each inner session and again after each test, every module imported
    since: a library imported lazily for the first time there (httpcore by httpx, a generated
    model) would come back as a second copy whose classes the first copy's users no longer
    recognise (httpx then let a raw httpcore error through, and a request body held a model
    where a dict belongs). A subprocess never shared modules either way; keeping them is what
    one process that runs the app's tests again would do.
    """

    def __init__(self, preserve: Any = None) -> None:
        super().__init__(preserve=lambda name: name != APP_MODULE)


@pytest.fixture(autouse=True)
def keep_libraries(monkeypatch: pytest.MonkeyPatch) -> None:
    # autouse: in place before the pytester fixture takes its own snapshot.
    monkeypatch.setattr(pytester_module, "SysModulesSnapshot", KeepLibraries)


ROOT = Path(__file__).resolve().parents[2]
REAL_KEY = "sk-proj-PluginRecordingKey0123456789abcdef"
APP_TEST = """
import warnings

import openai

warnings.simplefilter("ignore", DeprecationWarning)


def test_weather(realtime_cassette):
    client = openai.OpenAI()  # OPENAI_BASE_URL / OPENAI_API_KEY come from the fixture
    with client.realtime.connect(model="gpt-realtime") as conn:
        conn.session.update(session={{"type": "realtime", "output_modalities": ["text"]}})
        conn.conversation.item.create(item={{
            "type": "message", "role": "user",
            "content": [{{"type": "input_text", "text": "{question}"}}]}})
        conn.response.create()
        for event in conn:
            if event.type == "response.done":
                break
    assert event.response.status == "completed"
"""


def _plugin_args() -> list[str]:
    registered = any(
        ep.value == "realtime_ext.testing.pytest_plugin" for ep in entry_points(group="pytest11")
    )
    return [] if registered else ["-p", "realtime_ext.testing.pytest_plugin"]


@dataclass(frozen=True)
class Run:
    """What an inner pytest session ended with, named as a subprocess result would be."""

    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def run_pytest(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Run pytest over the app in ``pytester.path``, in this process, with only ``key`` set."""

    def run(*args: str, key: str | None = None) -> Run:
        for name in [n for n in os.environ if n.startswith("OPENAI_")]:
            monkeypatch.delenv(name)
        if key is not None:
            monkeypatch.setenv("OPENAI_API_KEY", key)
        result = pytester.runpytest_inprocess(
            "-q",
            "-p",
            "no:cacheprovider",
            *_plugin_args(),
            "-o",
            "faulthandler_timeout=15",
            # The app's folder has no ini file: pytest-asyncio's default, said once, not warned.
            "-o",
            "asyncio_default_fixture_loop_scope=function",
            *args,
        )
        monkeypatch.delenv("OPENAI_API_KEY", raising=False)
        return Run(int(result.ret), result.stdout.str(), result.stderr.str())

    return run


def test_record_once_then_replay_offline_then_fail_on_change(
    pytester: pytest.Pytester, run_pytest: Any
) -> None:
    folder = pytester.path  # the inner session's rootdir and working directory
    app = folder / "test_app.py"
    app.write_text(APP_TEST.format(question="Weather in Paris?"))
    cassette = folder / "cassettes" / "test_app" / "test_weather.jsonl"

    with FakeRealtimeServer(api_key=REAL_KEY) as upstream:
        recorded = run_pytest("--realtime-upstream", upstream.base_url, key=REAL_KEY)
        assert recorded.returncode == 0, recorded.stdout + recorded.stderr
        assert [c.path for c in upstream.connections] == ["/v1/realtime"]
    text = cassette.read_text()
    assert "Weather in Paris?" in text and REAL_KEY not in text

    # Offline: no upstream, no key, record mode none.
    replayed = run_pytest("--realtime-record-mode=none")
    assert replayed.returncode == 0, replayed.stdout + replayed.stderr

    # The app changed: the test fails, naming the difference.
    app.write_text(APP_TEST.format(question="Weather in Rome?"))
    changed = run_pytest("--realtime-record-mode=none")
    assert changed.returncode == 1
    assert "the Realtime session differs from its cassette" in changed.stdout
    assert (
        "client event #2 (recorded 'conversation.item.create'): "
        "item.content[0].text: expected 'Weather in Paris?', got 'Weather in Rome?'"
    ) in changed.stdout

    # The app does less than it did (hangs up after the server's first event, sending
    # nothing): in mode none, a failure naming what never came.
    app.write_text(SHORT_APP_TEST)
    short = run_pytest("--realtime-record-mode=none")
    assert short.returncode == 1, short.stdout
    assert "the Realtime session left part of its cassette unplayed" in short.stdout
    assert (
        "connection 0: client event #1 (recorded 'session.update') and 2 more never came"
    ) in short.stdout


SHORT_APP_TEST = """
import openai


def test_weather(realtime_cassette):
    client = openai.OpenAI()
    with client.realtime.connect(model="gpt-realtime") as conn:
        for event in conn:
            assert event.type == "session.created"
            break
"""


EPISODES_TEST = """
import warnings

import openai

warnings.simplefilter("ignore", DeprecationWarning)
QUESTIONS = {questions!r}


def test_questions(realtime_cassette):
    client = openai.OpenAI()
    for question in QUESTIONS:  # one connection per question
        with client.realtime.connect(model="gpt-realtime") as conn:
            conn.session.update(session={{"type": "realtime", "output_modalities": ["text"]}})
            conn.conversation.item.create(item={{
                "type": "message", "role": "user",
                "content": [{{"type": "input_text", "text": question}}]}})
            conn.response.create()
            for event in conn:
                if event.type == "response.done":
                    break
        assert event.response.status == "completed"
"""


def test_new_episodes_replays_the_recorded_and_records_the_new(
    pytester: pytest.Pytester, run_pytest: Any
) -> None:
    folder = pytester.path  # the inner session's rootdir and working directory
    app = folder / "test_app.py"
    cassette = folder / "cassettes" / "test_app" / "test_questions.jsonl"
    app.write_text(EPISODES_TEST.format(questions=["Weather in Paris?"]))
    with FakeRealtimeServer(api_key=REAL_KEY) as upstream:
        first = run_pytest("--realtime-upstream", upstream.base_url, key=REAL_KEY)
        assert first.returncode == 0, first.stdout + first.stderr
        assert len(upstream.connections) == 1
        recorded = cassette.read_text()

        # The app grew a second conversation: new_episodes replays the first (the upstream
        # sees no new connection for it) and records the second, appended to the file.
        app.write_text(EPISODES_TEST.format(questions=["Weather in Paris?", "And in Rome?"]))
        grown = run_pytest(
            "--realtime-record-mode=new_episodes",
            "--realtime-upstream",
            upstream.base_url,
            key=REAL_KEY,
        )
        assert grown.returncode == 0, grown.stdout + grown.stderr
        assert len(upstream.connections) == 2
        (new,) = upstream.received[1:]
        assert any("And in Rome?" in str(e) for e in new)
        assert not any("Weather in Paris?" in str(e) for e in new)
    text = cassette.read_text()
    assert text.startswith(recorded)  # the old episode kept, byte for byte
    assert "And in Rome?" in text[len(recorded) :] and REAL_KEY not in text
    assert len(Cassette.load(cassette).connections()) == 2

    # Both episodes now replay offline (no upstream, no key).
    replayed = run_pytest("--realtime-record-mode=none")
    assert replayed.returncode == 0, replayed.stdout + replayed.stderr


REALTIME_EXT_TEST = """
from realtime_ext import RealtimeClient


def test_agent(realtime_cassette):
    # RealtimeClient reads OPENAI_BASE_URL / OPENAI_API_KEY, set by the fixture.
    with RealtimeClient() as client:
        secret = client.client_secrets.create(session={{"type": "realtime"}})
        assert secret.value.startswith("ek_")
        with client.connect(model="gpt-realtime") as conn:
            conn.conversation.item.create(item={{
                "type": "message", "role": "user",
                "content": [{{"type": "input_text", "text": "{question}"}}],
            }})
            conn.response.create(response={{"output_modalities": ["text"]}})
            done = conn.run_until("response.done")
    assert done.response.status == "completed"
    assert done.response.output[0].content[0].text == "{answer}"
"""


def test_an_app_using_realtime_ext_records_and_replays(
    pytester: pytest.Pytester, run_pytest: Any
) -> None:
    folder = pytester.path  # the inner session's rootdir and working directory
    app = folder / "test_app.py"
    app.write_text(REALTIME_EXT_TEST.format(question="Hi", answer="Bonjour."))
    cassette = folder / "cassettes" / "test_app" / "test_agent.jsonl"
    with FakeRealtimeServer(api_key=REAL_KEY) as upstream:
        upstream.script.next_response(text="Bonjour.")
        recorded = run_pytest("--realtime-upstream", upstream.base_url, key=REAL_KEY)
        assert recorded.returncode == 0, recorded.stdout + recorded.stderr
        assert [c.path for c in upstream.connections] == ["/v1/realtime"]
    kinds = [r["kind"] for r in Cassette.load(cassette).records]
    assert kinds.count("http") == 1 and kinds.count("ws.open") == 1
    assert REAL_KEY not in cassette.read_text()

    replayed = run_pytest("--realtime-record-mode=none")
    assert replayed.returncode == 0, replayed.stdout + replayed.stderr

    # The app changed: the replay fails, naming the difference.
    app.write_text(REALTIME_EXT_TEST.format(question="Hello", answer="Bonjour."))
    changed = run_pytest("--realtime-record-mode=none")
    assert changed.returncode == 1
    assert "the Realtime session differs from its cassette" in changed.stdout
    assert "expected 'Hi', got 'Hello'" in changed.stdout


LIVE_TEST = """
import pytest

from realtime_ext import AsyncRealtimeClient, RealtimeClient

AUDIO = {{"format": {{"type": "audio/pcm", "rate": 24000}}}}


def test_live(realtime_cassette):
    with RealtimeClient() as client, client.live.connect(model="gpt-live-1", audio=AUDIO) as conn:
        conn.commentary("{fact}")
        conn.send_audio(bytes(4800) * 10)
        assert conn.run_until("session.output_transcript.delta", timeout=10).delta
        assert conn.close(timeout=10) is not None


@pytest.mark.asyncio
async def test_live_asyncio(realtime_cassette):
    async with AsyncRealtimeClient() as client:
        async with client.live.connect(model="gpt-live-1", audio=AUDIO) as conn:
            await conn.commentary("{fact}")
            await conn.send_audio(bytes(4800) * 10)
            assert (await conn.run_until("session.output_transcript.delta", timeout=10)).delta
            assert await conn.close(timeout=10) is not None
"""


@pytest.mark.once(
    reason="the fixture's wiring for a Live app; Live replay itself runs on every Python "
    "(tests/fake_server/test_live_cassettes.py)"
)
def test_a_gpt_live_app_records_and_replays(pytester: pytest.Pytester, run_pytest: Any) -> None:
    folder = pytester.path
    app = folder / "test_app.py"
    app.write_text(LIVE_TEST.format(fact="It arrives on Friday."))
    with FakeRealtimeServer(api_key=REAL_KEY) as upstream:
        recorded = run_pytest("--realtime-upstream", upstream.base_url, key=REAL_KEY)
        assert recorded.returncode == 0, recorded.stdout + recorded.stderr
    for name in ("test_live", "test_live_asyncio"):
        cassette = folder / "cassettes" / "test_app" / f"{name}.jsonl"
        assert [c[0]["path"] for c in Cassette.load(cassette).connections()] == [
            "/v1/live/sessions"
        ]
        assert REAL_KEY not in cassette.read_text()

    replayed = run_pytest("--realtime-record-mode=none")  # the upstream is gone
    assert replayed.returncode == 0, replayed.stdout + replayed.stderr

    app.write_text(LIVE_TEST.format(fact="It arrives on Monday."))
    changed = run_pytest("--realtime-record-mode=none")
    assert changed.returncode == 1
    assert "expected 'It arrives on Friday.', got 'It arrives on Monday.'" in changed.stdout


def test_missing_cassette_in_none_mode_and_recording_without_key(
    pytester: pytest.Pytester, run_pytest: Any
) -> None:
    folder = pytester.path  # the inner session's rootdir and working directory
    (folder / "test_app.py").write_text(APP_TEST.format(question="Hi"))
    missing = run_pytest("--realtime-record-mode=none")
    assert missing.returncode == 1
    assert "does not exist and record mode is 'none'" in missing.stdout
    no_key = run_pytest()  # default mode once: would record, needs the real key
    assert no_key.returncode == 1
    assert "needs OPENAI_API_KEY" in no_key.stdout


def test_marker_chooses_the_file_and_mode(pytester: pytest.Pytester, run_pytest: Any) -> None:
    folder = pytester.path  # the inner session's rootdir and working directory
    marked = APP_TEST.replace(
        "def test_weather",
        '@__import__("pytest").mark.realtime_cassette("shared.jsonl", record_mode="all")\n'
        "def test_weather",
    )
    (folder / "test_app.py").write_text(marked.format(question="Hi"))
    with FakeRealtimeServer(api_key=REAL_KEY) as upstream:
        result = run_pytest("--realtime-upstream", upstream.base_url, key=REAL_KEY)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (folder / "shared.jsonl").exists()


def _guide_block(marker: str) -> str:
    """The Python block that follows ``<!-- marker -->`` in the testing guide."""
    text = (ROOT / "docs" / "guides" / "testing.md").read_text(encoding="utf-8")
    after = text.split(f"<!-- {marker} -->", 1)[1]
    return after.split("```python\n", 1)[1].split("\n```", 1)[0] + "\n"


def test_the_guides_barge_in_test_records_and_replays_with_the_fixtures_clock(
    pytester: pytest.Pytester, run_pytest: Any
) -> None:
    """The testing guide's barge-in test, run as written: recorded, then replayed offline in
    mode none with the same truncation (the fixture's clock, not the wall clock)."""
    (pytester.path / "test_app.py").write_text(_guide_block("barge-in-cassette-test"))
    cassette = pytester.path / "cassettes" / "test_app" / "test_barge_in_replays.jsonl"
    with FakeRealtimeServer(api_key=REAL_KEY) as upstream:
        upstream.script.next_response(text="A long answer about the weather", audio_ms=1000)
        recorded = run_pytest("--realtime-upstream", upstream.base_url, key=REAL_KEY)
        assert recorded.returncode == 0, recorded.stdout + recorded.stderr
    truncates = [
        r["event"]
        for r in Cassette.load(cassette).records
        if r["kind"] == "ws.client" and r["event"]["type"] == "conversation.item.truncate"
    ]
    assert [t["audio_end_ms"] for t in truncates] == [300]
    for _ in range(2):  # offline, twice: the same session each time
        replayed = run_pytest("--realtime-record-mode=none")
        assert replayed.returncode == 0, replayed.stdout + replayed.stderr
        assert "RealtimeCassetteWarning" not in replayed.stdout


def test_only_the_testing_distribution_registers_the_plugin() -> None:
    # A production install of the core runs none of our code in its users' test runs: the
    # entry point is the testing distribution's, which the testing extra installs.
    core = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    testing = tomllib.loads((ROOT / "dists" / "testing" / "pyproject.toml").read_text())["project"]
    assert "pytest11" not in core.get("entry-points", {})
    assert testing["entry-points"]["pytest11"] == {
        "realtime_ext": "realtime_ext.testing.pytest_plugin"
    }
    assert core["optional-dependencies"]["testing"] == [f"realtime-ext-testing=={__version__}"]
    names = {re.split(r"[<>=\[]", r, maxsplit=1)[0] for r in testing["dependencies"]}
    assert names == {
        *("realtime-ext", "realtime-ext-voice", "realtime-ext-endpoints"),
        *("pytest", "pytest-asyncio", "pyyaml", "cryptography", "aioice"),
    }
    installed = [ep for ep in entry_points(group="pytest11") if ep.value.startswith("realtime_ext")]
    assert [ep.dist.name for ep in installed if ep.dist is not None] == ["realtime-ext-testing"]


@pytest.mark.parametrize("name", ["pytest_addoption", "pytest_configure", "realtime_cassette"])
def test_plugin_module_has_the_hooks(name: str) -> None:
    from realtime_ext.testing import pytest_plugin

    assert callable(getattr(pytest_plugin, name))
