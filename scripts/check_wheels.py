#!/usr/bin/env python3
"""Check that built wheels are fit to ship against (``make check-dist`` runs it).

For each wheel: the LICENSE file is inside (``*.dist-info/licenses/LICENSE``), the metadata
carries the SPDX license expression, the classifiers (``Typing :: Typed`` among them) and
project URLs (a Documentation one among them). ``realtime-ext-generated``'s LICENSE also
carries the notice of the OpenAI spec it is generated from, and the wheel carries
``realtime_generated/CHANGELOG.md`` with an entry for its version.

Usage::

    python scripts/check_wheels.py build/dist/*.whl
"""

from __future__ import annotations

import sys
import zipfile
from email.parser import Parser
from pathlib import Path


def problems(wheel: Path) -> list[str]:
    """What is missing from one wheel (empty when it is fit to ship)."""
    found: list[str] = []
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        meta_name = next((n for n in names if n.endswith(".dist-info/METADATA")), None)
        if meta_name is None:
            return [f"{wheel.name}: no METADATA"]
        meta = Parser().parsestr(zf.read(meta_name).decode("utf-8"))
        licenses = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
        if not licenses:
            found.append(f"{wheel.name}: no LICENSE file in the wheel")
        else:
            text = zf.read(licenses[0]).decode("utf-8")
            if "MIT License" not in text:
                found.append(f"{wheel.name}: LICENSE is not the MIT license")
            if meta["Name"] == "realtime-ext-generated" and "Copyright (c) OpenAI" not in text:
                found.append(f"{wheel.name}: LICENSE lacks the OpenAI spec's notice")
        if meta["Name"] == "realtime-ext-generated":
            # What each generation changed, newest first: its top entry is this version.
            log = "realtime_generated/CHANGELOG.md"
            if log not in names:
                found.append(f"{wheel.name}: no {log}")
            elif f"\n## {meta['Version']}\n" not in zf.read(log).decode("utf-8"):
                found.append(f"{wheel.name}: {log} has no entry for {meta['Version']}")
    if meta["License-Expression"] != "MIT":
        found.append(f"{wheel.name}: License-Expression is {meta['License-Expression']!r}")
    if "License-File" not in meta:
        found.append(f"{wheel.name}: no License-File in METADATA")
    classifiers = meta.get_all("Classifier") or []
    if "Typing :: Typed" not in classifiers or not any("Python :: 3.13" in c for c in classifiers):
        found.append(f"{wheel.name}: classifiers missing: {classifiers}")
    urls = dict(
        (part.strip() for part in u.split(",", 1)) for u in meta.get_all("Project-URL") or []
    )
    if "Documentation" not in urls or "Homepage" not in urls:
        found.append(f"{wheel.name}: project URLs missing: {urls}")
    return found


def main(argv: list[str]) -> int:
    wheels = [Path(a) for a in argv]
    if not wheels:
        print("check_wheels: no wheel given", file=sys.stderr)
        return 2
    found = [p for w in wheels for p in problems(w)]
    for problem in found:
        print(f"check-dist: {problem}", file=sys.stderr)
    if not found:
        print(
            f"check-dist: {', '.join(w.name for w in wheels)}: LICENSE, classifiers, URLs, "
            "the generated layer's CHANGELOG"
        )
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
