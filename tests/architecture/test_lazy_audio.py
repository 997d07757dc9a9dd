"""``realtime_ext.audio`` loads its devices and WAV source on first use (issue 57, item 7:
the first connection as quick as openai's). Every connection's voice and telemetry read the
audio formats; before, that loaded the microphone (and asyncio with it), the speaker, the
WAV source, ``wave`` and the sounddevice probe. Checked in fresh processes."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = (
    "realtime_ext.audio._microphone",
    "realtime_ext.audio._speakers",
    "realtime_ext.audio._sources",
    "realtime_ext.audio._wav",
    "realtime_ext._sounddevice",
    "wave",
)


def _run(code: str) -> object:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_what_a_connection_reads_of_audio_loads_no_device() -> None:
    # What a connection imports for voice and telemetry (their modules read the formats).
    code = (
        "import json, sys\n"
        "import realtime_ext.voice, realtime_ext.telemetry._recorder\n"
        "from realtime_ext.audio import PCM, PCMU, resample\n"
        f"print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))\n"
    )
    assert _run(code) == []


def test_the_devices_load_on_first_use_as_the_same_objects() -> None:
    code = (
        "import json, sys\n"
        "import realtime_ext.audio as audio\n"
        "from realtime_ext.audio import Microphone, Speaker, WavSource\n"
        "from realtime_ext.audio._microphone import Microphone as M\n"
        "from realtime_ext.audio._speakers import Speaker as S\n"
        "from realtime_ext.audio._sources import WavSource as W\n"
        "print(json.dumps([Microphone is M, Speaker is S, WavSource is W,\n"
        "                  audio.Microphone is M, sorted(dir(audio)) == sorted(audio.__all__)]))\n"
    )
    assert _run(code) == [True, True, True, True, True]
