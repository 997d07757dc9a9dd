"""The PEP 440 version of ``realtime-ext-generated``: later generations always sort higher.

Scheme: ``<spec info.version>.<pinned commit date YYYYMMDD>.<generation counter>``, for
example ``2.3.0.20260821.16777217``.

* ``info.version`` alone is useless (upstream kept 2.3.0 for 16 months);
* the date of the pinned upstream commit orders generations of different specs;
* the generation counter, kept in the committed ``openapi/generation.toml``, goes up by one
  every time regen's inputs change (the spec's sha256, the generator's name and version,
  ``openapi/generator.yaml``, ``openapi/templates``, ``openapi/overlay.yaml``,
  ``openapi/overlay_live.yaml``, ``openapi/subset.toml`` and the regen modules that transform
  the spec or the code). It never goes down and never restarts, so two generations of one spec
  (or two specs of one day) sort in the order they were made. It started at 2**24 = 16777216,
  above every version issued before (those ended with a 24-bit fingerprint), so the switch
  sorted higher too.

What those inputs hash to (the *fingerprint*) is metadata, not a sort key: it is recorded
beside the counter and stamped as ``realtime_generated.GENERATION_FINGERPRINT``. ``regen.py
--check`` fails when the inputs no longer hash to the recorded fingerprint (someone changed a
template without regenerating). A regeneration whose version would not sort above the last
one (a move to an older spec) is refused: pip would keep the newer-looking one.

The spec sha256 itself is stamped as ``realtime_generated.SPEC_SHA256``.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .source import ROOT

# Inputs whose content changes the generated code (the CLI and spec-diff do not).
FINGERPRINT_INPUTS = (
    "LICENSE",
    "scripts/regen_lib/changelog.py",
    "openapi/generator.yaml",
    "openapi/openai_live_names.toml",
    "openapi/openai_names.toml",
    "openapi/overlay.yaml",
    "openapi/overlay_live.yaml",
    "openapi/subset.toml",
    "openapi/templates",
    "scripts/regen_lib/event_typing.py",
    "scripts/regen_lib/fast_events.py",
    "scripts/regen_lib/fast_nested.py",
    "scripts/regen_lib/generate.py",
    "scripts/regen_lib/live.py",
    "scripts/regen_lib/multipart.py",
    "scripts/regen_lib/naming.py",
    "scripts/regen_lib/normalise.py",
    "scripts/regen_lib/openai_types.py",
    "scripts/regen_lib/postprocess.py",
    "scripts/regen_lib/run_until.py",
    "scripts/regen_lib/sends.py",
    "scripts/regen_lib/subset.py",
    "scripts/regen_lib/variants.py",
    "scripts/regen_lib/version.py",
)

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


class VersionError(ValueError):
    """The spec version or the pinned date cannot make a PEP 440 version."""


def fingerprint(spec_sha256: str) -> str:
    """sha256 (hex) over the spec's sha256, the generator version and every input file."""
    from .generate import GENERATOR, GENERATOR_VERSION

    digest = hashlib.sha256(f"{spec_sha256}\n{GENERATOR}=={GENERATOR_VERSION}\n".encode())
    for rel in FINGERPRINT_INPUTS:
        path = ROOT / rel
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if "__pycache__" in file.parts:
                continue
            digest.update(file.relative_to(ROOT).as_posix().encode() + b"\0")
            # Line endings must not change the version between checkouts.
            digest.update(file.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()


def distribution_version(spec_version: str, commit_date: str, counter: int) -> str:
    """Compose the version; raises VersionError on a spec version that is not N(.N)*.

    Example::

        >>> distribution_version("2.3.0", "2026-08-21", 16777217)
        '2.3.0.20260821.16777217'
    """
    if not re.fullmatch(r"\d+(\.\d+)*", spec_version):
        raise VersionError(
            f"spec info.version {spec_version!r} is not a plain release number (N.N.N); "
            "teach scripts/regen_lib/version.py how to map it"
        )
    match = _DATE.match(commit_date)
    if not match:
        raise VersionError(f"pinned commit date {commit_date!r} is not YYYY-MM-DD")
    return f"{spec_version}.{''.join(match.groups())}.{counter}"


def sort_key(dist_version: str) -> tuple[int, ...]:
    """PEP 440 order of these plain release versions (all parts are integers)."""
    return tuple(int(part) for part in dist_version.split("."))


GENERATION_FILE = "openapi/generation.toml"
FIRST_COUNTER = 1 << 24  # above every 24-bit fingerprint the old scheme put in that place


@dataclass(frozen=True)
class Generation:
    """What ``openapi/generation.toml`` records: the last generation made."""

    counter: int
    fingerprint: str
    version: str


def read_generation(path: Path) -> Generation | None:
    if not path.is_file():
        return None
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    try:
        return Generation(int(data["counter"]), str(data["fingerprint"]), str(data["version"]))
    except (KeyError, ValueError) as exc:
        raise VersionError(f"{path} is malformed ({exc!r}); restore it from git") from None


def write_generation(path: Path, gen: Generation) -> None:
    path.write_text(
        "# Written by scripts/regen.py; do not edit (see scripts/regen_lib/version.py).\n"
        "# counter: the last component of the version, +1 whenever regen's inputs change;\n"
        "# fingerprint: sha256 of those inputs (metadata; --check compares it).\n"
        f"counter = {gen.counter}\n"
        f'fingerprint = "{gen.fingerprint}"\n'
        f'version = "{gen.version}"\n',
        encoding="utf-8",
    )


def next_generation(
    previous: Generation | None, spec_version: str, commit_date: str, fp: str
) -> Generation:
    """The generation regen writes: the recorded one if nothing changed, else counter + 1.

    Raises VersionError when the new version would not sort above the recorded one.

    Example::

        >>> g = next_generation(None, "2.3.0", "2026-08-21", "ab" * 32)
        >>> g.version, next_generation(g, "2.3.0", "2026-08-21", "cd" * 32).version
        ('2.3.0.20260821.16777216', '2.3.0.20260821.16777217')
    """
    if previous is not None and previous.fingerprint == fp:
        counter = previous.counter
    else:
        counter = previous.counter + 1 if previous is not None else FIRST_COUNTER
    new = Generation(counter, fp, distribution_version(spec_version, commit_date, counter))
    if (
        previous is not None
        and new.fingerprint != previous.fingerprint
        and sort_key(new.version) <= sort_key(previous.version)
    ):
        raise VersionError(
            f"this generation would be {new.version}, which does not sort above the last "
            f"one, {previous.version} ({GENERATION_FILE}): pip would keep the older "
            "generation. Moving to an older spec (older date or info.version) cannot get "
            "a higher version; pin a newer spec instead"
        )
    return new
