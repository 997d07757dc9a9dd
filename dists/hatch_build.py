"""The one build hook of the distributions beside the core (voice, endpoints, testing).

Each packs some subpackages of ``realtime_ext/`` from the one source tree (no copy, no move):
its ``pyproject.toml`` names them (``[tool.hatch.build.hooks.custom] packages``). Built from
the repository, they are found two folders up; built from the distribution's sdist (which
carries them at its root, put there by this same hook), beside it. Editable installs carry
no files: the core's editable install already puts the repository on the path.

Each distribution folder has this file as ``hatch_build.py`` (a link to this one in the
repository; its sdist carries a copy).
"""

from __future__ import annotations

import os
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class SharedTreeHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return
        packages = self.config.get("packages")
        if not packages or not all(isinstance(p, str) for p in packages):
            raise ValueError("[tool.hatch.build.hooks.custom] packages: a list of subpackages")
        local = os.path.join(self.root, "realtime_ext")
        tree = os.path.normpath(os.path.join(self.root, "..", "..", "realtime_ext"))
        source = local if os.path.isdir(local) else tree
        for package in packages:
            found = os.path.join(source, package)
            if not os.path.isfile(os.path.join(found, "__init__.py")):
                raise FileNotFoundError(f"realtime_ext/{package} not found in {source}")
            build_data["force_include"][found] = f"realtime_ext/{package}"
        if self.target_name == "sdist" and source == tree:
            # The sdist's own build needs this hook as a file, not the link out of it that
            # hatchling would pack by default.
            build_data["force_include"].pop(os.path.join(self.root, "hatch_build.py"), None)
            build_data["force_include"][os.path.realpath(__file__)] = "hatch_build.py"
