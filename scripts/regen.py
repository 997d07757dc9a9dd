#!/usr/bin/env python3
"""Regenerate ``generated/`` (the ``realtime-ext-generated`` distribution) from the pinned spec.

Pipeline, each step in its own module under ``scripts/regen_lib``:

1. ``source``    find the spec (``--spec``, ``$REALTIME_EXT_SPEC``, else the vendored one,
                 ``openapi/upstream/``, by sha256) and check it against ``openapi/pin.toml``.
2. ``subset``    keep the realtime surface: ``/realtime`` paths, every ``Realtime*`` schema,
                 the ``realtime.call.incoming`` webhook, and everything they reference.
3. ``normalise`` make the subset digestible for openapi-python-client (documented rules)
                 and apply ``openapi/overlay.yaml`` (spec fixes, each with its reason).
4. ``generate``  run the pinned generator with ``openapi/generator.yaml`` and
                 ``openapi/templates``; any warning fails the run with the generator's text.
5. ``postprocess`` lazy model loading, union aliases, event dispatch tables, spec stamp,
                 the distribution's own pyproject.toml, formatting with the pinned ruff;
   ``multipart``  each multipart part the spec's ``encoding`` names gets its declared
                 Content-Type (the generator ignores ``encoding``), each such body's model
                 an ``encode_multipart(...)`` from serialised parts, and the package the
                 multipart encoder both use.

Usage::

    python scripts/regen.py                      # regenerate generated/ in place
    python scripts/regen.py --check              # fail (with a diff) if generated/ drifted
    python scripts/regen.py --update-spec NEW.yaml --commit SHA   # move the pin (make update-spec)
    python scripts/regen.py --diff OLD.yaml NEW.yaml   # classified changes; exit 1 if breaking

Before generating, ``checks`` verifies every assumption about the spec and reports all
problems at once; the version (``version``), the names lock (``names_lock``) and the
realtime-ext pins (``pins``) are written beside generated/ and verified by --check.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from regen_lib.cli import main

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
