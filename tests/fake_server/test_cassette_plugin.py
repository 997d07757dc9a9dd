"""The ``realtime_cassette`` pytest fixture, run in a separate pytest over a small test suite
of an app written with the unmodified ``openai`` package: record once, replay offline,
fail clearly when the app changes, never write the key."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from realtime_ext.testing import Cassette, FakeRealtimeServer

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


def _pytest(folder: Path, *args: str, key: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env["PYTHONPATH"] = f"{ROOT}:{ROOT / 'generated'}"
    if key is not None:
        env["OPENAI_API_KEY"] = key
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            *_plugin_args(),
            "-o",
            "faulthandler_timeout=15",
            "--rootdir",
            str(folder),
            str(folder),
            *args,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,  # a whole pytest run in a subprocess: slow on a loaded machine
        cwd=folder,
    )


def test_record_once_then_replay_offline_then_fail_on_change(tmp_path: Path) -> None:
    app = tmp_path / "test_app.py"
    app.write_text(APP_TEST.format(question="Weather in Paris?"))
    cassette = tmp_path / "cassettes" / "test_app" / "test_weather.jsonl"

    with FakeRealtimeServer(api_key=REAL_KEY) as upstream:
        recorded = _pytest(tmp_path, "--realtime-upstream", upstream.base_url, key=REAL_KEY)
        assert recorded.returncode == 0, recorded.stdout + recorded.stderr
        assert [c.path for c in upstream.connections] == ["/v1/realtime"]
    text = cassette.read_text()
    assert "Weather in Paris?" in text and REAL_KEY not in text

    # Offline: no upstream, no key, record mode none.
    replayed = _pytest(tmp_path, "--realtime-record-mode=none")
    assert replayed.returncode == 0, replayed.stdout + replayed.stderr

    # The app changed: the test fails, naming the difference.
    app.write_text(APP_TEST.format(question="Weather in Rome?"))
    changed = _pytest(tmp_path, "--realtime-record-mode=none")
    assert changed.returncode == 1
    assert "the Realtime session differs from its cassette" in changed.stdout
    assert (
        "client event #2 (recorded 'conversation.item.create'): "
        "item.content[0].text: expected 'Weather in Paris?', got 'Weather in Rome?'"
    ) in changed.stdout


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


def test_new_episodes_replays_the_recorded_and_records_the_new(tmp_path: Path) -> None:
    app = tmp_path / "test_app.py"
    cassette = tmp_path / "cassettes" / "test_app" / "test_questions.jsonl"
    app.write_text(EPISODES_TEST.format(questions=["Weather in Paris?"]))
    with FakeRealtimeServer(api_key=REAL_KEY) as upstream:
        first = _pytest(tmp_path, "--realtime-upstream", upstream.base_url, key=REAL_KEY)
        assert first.returncode == 0, first.stdout + first.stderr
        assert len(upstream.connections) == 1
        recorded = cassette.read_text()

        # The app grew a second conversation: new_episodes replays the first (the upstream
        # sees no new connection for it) and records the second, appended to the file.
        app.write_text(EPISODES_TEST.format(questions=["Weather in Paris?", "And in Rome?"]))
        grown = _pytest(
            tmp_path,
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
    replayed = _pytest(tmp_path, "--realtime-record-mode=none")
    assert replayed.returncode == 0, replayed.stdout + replayed.stderr


REALTIME_EXT_TEST = """
from realtime_ext import RealtimeClient
from realtime_ext.events import response_create, user_text


def test_agent(realtime_cassette):
    # RealtimeClient reads OPENAI_BASE_URL / OPENAI_API_KEY, set by the fixture.
    with RealtimeClient() as client:
        secret = client.client_secrets.create(session={{"type": "realtime"}})
        assert secret.value.startswith("ek_")
        with client.connect(model="gpt-realtime") as conn:
            conn.send(user_text("{question}"))
            conn.send(response_create(output_modalities=["text"]))
            done = conn.run_until("response.done")
    assert done.response.status == "completed"
    assert done.response.output[0].content[0].text == "{answer}"
"""


def test_an_app_using_realtime_ext_records_and_replays(tmp_path: Path) -> None:
    app = tmp_path / "test_app.py"
    app.write_text(REALTIME_EXT_TEST.format(question="Hi", answer="Bonjour."))
    cassette = tmp_path / "cassettes" / "test_app" / "test_agent.jsonl"
    with FakeRealtimeServer(api_key=REAL_KEY) as upstream:
        upstream.script.next_response(text="Bonjour.")
        recorded = _pytest(tmp_path, "--realtime-upstream", upstream.base_url, key=REAL_KEY)
        assert recorded.returncode == 0, recorded.stdout + recorded.stderr
        assert [c.path for c in upstream.connections] == ["/v1/realtime"]
    kinds = [r["kind"] for r in Cassette.load(cassette).records]
    assert kinds.count("http") == 1 and kinds.count("ws.open") == 1
    assert REAL_KEY not in cassette.read_text()

    replayed = _pytest(tmp_path, "--realtime-record-mode=none")
    assert replayed.returncode == 0, replayed.stdout + replayed.stderr

    # The app changed: the replay fails, naming the difference.
    app.write_text(REALTIME_EXT_TEST.format(question="Hello", answer="Bonjour."))
    changed = _pytest(tmp_path, "--realtime-record-mode=none")
    assert changed.returncode == 1
    assert "the Realtime session differs from its cassette" in changed.stdout
    assert "expected 'Hi', got 'Hello'" in changed.stdout


def test_missing_cassette_in_none_mode_and_recording_without_key(tmp_path: Path) -> None:
    (tmp_path / "test_app.py").write_text(APP_TEST.format(question="Hi"))
    missing = _pytest(tmp_path, "--realtime-record-mode=none")
    assert missing.returncode == 1
    assert "does not exist and record mode is 'none'" in missing.stdout
    no_key = _pytest(tmp_path)  # default mode once: would record, needs the real key
    assert no_key.returncode == 1
    assert "needs OPENAI_API_KEY" in no_key.stdout


def test_marker_chooses_the_file_and_mode(tmp_path: Path) -> None:
    marked = APP_TEST.replace(
        "def test_weather",
        '@__import__("pytest").mark.realtime_cassette("shared.jsonl", record_mode="all")\n'
        "def test_weather",
    )
    (tmp_path / "test_app.py").write_text(marked.format(question="Hi"))
    with FakeRealtimeServer(api_key=REAL_KEY) as upstream:
        result = _pytest(tmp_path, "--realtime-upstream", upstream.base_url, key=REAL_KEY)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "shared.jsonl").exists()


def test_entry_point_and_extra_are_declared() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["entry-points"]["pytest11"] == {
        "realtime_ext": "realtime_ext.testing.pytest_plugin"
    }
    testing = project["optional-dependencies"]["testing"]
    names = {r.split(">")[0].split("==")[0] for r in testing}
    assert names == {"pytest", "pyyaml", "cryptography", "aioice"}


@pytest.mark.parametrize("name", ["pytest_addoption", "pytest_configure", "realtime_cassette"])
def test_plugin_module_has_the_hooks(name: str) -> None:
    from realtime_ext.testing import pytest_plugin

    assert callable(getattr(pytest_plugin, name))
