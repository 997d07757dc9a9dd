"""The PEP 440 version of ``realtime-ext-generated``: one distinct version per generation.

Scheme: ``<spec info.version>.<pinned commit date YYYYMMDD>.<fingerprint>``, for example
``2.3.0.20260821.8412345``.

* ``info.version`` alone is useless (upstream kept 2.3.0 for 16 months);
* the date of the pinned upstream commit orders generations of different specs;
* the fingerprint tells apart everything else: the decimal value of the first 24 bits of a
  sha256 over the spec's own sha256 (two upstream commits on one day) and everything that
  shapes the output (the generator's name and version, ``openapi/generator.yaml``,
  ``openapi/templates``, ``openapi/overlay.yaml``, ``openapi/subset.toml`` and the regen
  modules that transform the spec or the code).

The spec sha256 itself is stamped as ``realtime_generated.SPEC_SHA256``.
"""

from __future__ import annotations

import hashlib
import re

from .source import ROOT

# Inputs whose content changes the generated code (the CLI and spec-diff do not).
FINGERPRINT_INPUTS = (
    "openapi/generator.yaml",
    "openapi/overlay.yaml",
    "openapi/subset.toml",
    "openapi/templates",
    "scripts/regen_lib/generate.py",
    "scripts/regen_lib/naming.py",
    "scripts/regen_lib/normalise.py",
    "scripts/regen_lib/postprocess.py",
    "scripts/regen_lib/subset.py",
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


def distribution_version(spec_version: str, commit_date: str, fp: str) -> str:
    """Compose the version; raises VersionError on a spec version that is not N(.N)*.

    Example::

        >>> distribution_version("2.3.0", "2026-08-21", "ff" * 32)
        '2.3.0.20260821.16777215'
    """
    if not re.fullmatch(r"\d+(\.\d+)*", spec_version):
        raise VersionError(
            f"spec info.version {spec_version!r} is not a plain release number (N.N.N); "
            "teach scripts/regen_lib/version.py how to map it"
        )
    match = _DATE.match(commit_date)
    if not match:
        raise VersionError(f"pinned commit date {commit_date!r} is not YYYY-MM-DD")
    return f"{spec_version}.{''.join(match.groups())}.{int(fp[:6], 16)}"
