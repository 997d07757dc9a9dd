"""The generated layer is fit to pin: exact versions, the spec stamp, stable names, loud checks."""

from __future__ import annotations

import copy
import hashlib
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

import realtime_ext._generated_pin as ext_pin
import realtime_generated
from regen_lib import checks, generate, names_lock, source, spec_diff, version

ROOT = Path(__file__).resolve().parents[2]


def test_realtime_ext_requires_exactly_the_generation_it_was_built_with() -> None:
    assert realtime_generated.__version__ == ext_pin.GENERATED_VERSION
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    assert f"realtime-ext-generated=={ext_pin.GENERATED_VERSION}" in deps
    generated = tomllib.loads((ROOT / "generated" / "pyproject.toml").read_text())
    assert generated["project"]["version"] == ext_pin.GENERATED_VERSION


def test_spec_sha256_is_the_pinned_spec_everywhere() -> None:
    pin = source.read_pin()
    assert realtime_generated.SPEC_SHA256 == ext_pin.SPEC_SHA256 == pin.sha256
    assert pin.commit == realtime_generated.SPEC_COMMIT
    assert pin.date == realtime_generated.SPEC_DATE
    # The vendored spec is the pinned one (regen finds it by these bytes, offline).
    vendored = source.read_spec_file(source.PINNED_SPEC)
    assert hashlib.sha256(vendored).hexdigest() == pin.sha256
    assert source.find_local(pin.sha256) == source.PINNED_SPEC


def test_the_version_follows_spec_date_and_generation_counter() -> None:
    pin = source.read_pin()
    recorded = version.read_generation(ROOT / version.GENERATION_FILE)
    assert recorded is not None
    # The committed counter belongs to today's inputs (check-regen enforces it too).
    assert recorded.fingerprint == version.fingerprint(pin.sha256)
    assert recorded.fingerprint == realtime_generated.GENERATION_FINGERPRINT
    expected = version.distribution_version(
        realtime_generated.SPEC_VERSION, pin.date, recorded.counter
    )
    assert realtime_generated.__version__ == expected == recorded.version
    assert re.fullmatch(r"2\.3\.0\.20260821\.\d+", expected)
    # Two specs pinned on the same day still have different fingerprints.
    assert version.fingerprint("a" * 64) != version.fingerprint("b" * 64)
    with pytest.raises(version.VersionError):
        version.distribution_version("2.3.0-beta", "2026-08-21", 1)


def test_public_names_are_positional_free_and_locked() -> None:
    from realtime_generated import models, unions

    locked = names_lock.read(ROOT / "openapi" / "names.lock")
    public = set(models.__all__) | set(unions.__all__)
    assert set(locked) == public
    assert not [n for n in public if re.search(r"(Type|Variant)\d", n)]


def test_renames_are_reported_as_renames() -> None:
    old = {"AType0": "#A.b|0", "Keep": "#Keep"}
    new = {"AServerVAD": "#A.b|0", "Keep": "#Keep"}
    assert names_lock.renames(old, new) == [("AType0", "AServerVAD")]
    assert "renamed AType0 -> AServerVAD" in names_lock.describe(old, new)


def test_unset_repr_docstring_and_lazy_httpx() -> None:
    from realtime_generated.types import UNSET

    assert repr(UNSET) == "UNSET"
    assert "Realtime API" in (realtime_generated.__doc__ or "")
    code = "import sys, realtime_generated; print('httpx' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    assert realtime_generated.Client.__name__ == "Client"


def _spec() -> dict[str, Any]:
    return source.parse_yaml(source.load_raw(None)[1])


def test_every_broken_assumption_is_reported_at_once() -> None:
    doc = _spec()
    del doc["components"]["schemas"]["WebhookRealtimeCallIncoming"]
    del doc["components"]["schemas"]["RealtimeTranslationServerEvent"]
    doc["webhooks"].pop("realtime_call_incoming")
    event = doc["components"]["schemas"]["RealtimeServerEventError"]
    event["properties"]["type"] = {"type": "string", "enum": ["error", "error2"]}
    with pytest.raises(checks.RegenProblems) as caught:
        checks.prepare(doc)
    text = caught.value.render()
    assert text.startswith("regen: ")
    for expected in (
        "WebhookRealtimeCallIncoming",
        "RealtimeTranslationServerEvent",
        "realtime_call_incoming",
        "RealtimeServerEventError has no single `type` value",
    ):
        assert expected in text, text


def test_const_discriminators_are_event_types() -> None:
    doc = _spec()
    event = doc["components"]["schemas"]["RealtimeServerEventError"]
    event["properties"]["type"] = {"type": "string", "const": "error"}
    checks.prepare(doc)


def test_an_overlay_fix_upstream_made_is_a_note_not_a_failure() -> None:
    doc = _spec()
    del doc["components"]["schemas"]["RealtimeTranscriptionSessionCreateResponse"]["required"]
    _, _, notes = checks.prepare(doc)
    assert any("no longer needed" in n and "TranscriptionSessionCreateResponse" in n for n in notes)


def test_generator_errors_name_the_offending_schema_first() -> None:
    output = (
        "Unable to parse schema /components/schemas/Outer\n\n"
        "Unable to parse this part of your OpenAPI document: : Could not find reference Inner\n"
        "Unable to parse schema /components/schemas/Inner\n\n"
        "Unable to parse this part of your OpenAPI document: : Cannot convert x to enum\n"
    )
    text = generate.summarise(output, 1)
    lines = text.splitlines()
    assert "offending schema: /components/schemas/Inner" in lines[1]
    assert "Outer" in lines[2]


def test_spec_diff_gates_on_breaking_changes() -> None:
    old = _spec()
    new = copy.deepcopy(old)
    del new["paths"]["/realtime/calls/{call_id}/refer"]
    schemas = new["components"]["schemas"]
    schemas["RealtimeServerEvent"]["anyOf"].pop()
    out = spec_diff.compare(old, new)
    text = spec_diff.render(out, "t")
    assert text.splitlines()[1].startswith("summary: BREAKING")
    assert any("refer" in line for line in out.breaking)
    assert any("member removed" in line for line in out.breaking)
    assert len(max(text.splitlines(), key=len)) < 400


def test_a_missing_vendored_file_fails_never_skips(monkeypatch: pytest.MonkeyPatch) -> None:
    from support import vendored

    for ci in ("true", ""):  # outside CI too: a clone holds every file the tests read
        monkeypatch.setenv("CI", ci)
        with pytest.raises(pytest.fail.Exception, match="no/such/file is missing"):
            vendored.require("no/such/file")
    assert vendored.require("realtraffic/live").is_dir()


def test_a_real_generator_failure_is_summarised_root_schema_first(tmp_path: Path) -> None:
    doc = _spec()
    sub, _, _ = checks.prepare(doc)
    schemas = sub["components"]["schemas"]
    # An enum whose default is not one of its values: the generator cannot build it, and
    # every schema referring to it fails after it.
    schemas["RealtimeExtBrokenEnum"] = {"type": "string", "enum": ["a"], "default": ["a"]}
    schemas["RealtimeExtUsesBroken"] = {
        "type": "object",
        "properties": {"x": {"$ref": "#/components/schemas/RealtimeExtBrokenEnum"}},
    }
    with pytest.raises(generate.GeneratorError) as caught:
        generate.run(sub, tmp_path / "out")
    lines = str(caught.value).splitlines()
    assert lines[1].startswith("  offending schema: /components/schemas/RealtimeExtBrokenEnum")
    assert len(lines) < 40
