"""MkDocs hook: serve Mermaid from the site itself, never from a CDN.

The file comes from the npm package pinned in package-lock.json (``npm ci`` puts it in
node_modules); it is added to the build as a generated file rather than committed, so the
site always carries the locked version. A missing file fails the build with the command
that installs it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

SITE_PATH = "assets/javascripts/mermaid.min.js"
NPM_FILE = Path("node_modules/mermaid/dist/mermaid.min.js")


def on_files(files: Files, config: Any) -> Files:
    root = Path(config["config_file_path"]).resolve().parent
    source = root / NPM_FILE
    if not source.is_file():
        raise PluginError(
            f"{NPM_FILE} is missing: run `make install` (npm ci from the committed lock) first"
        )
    files.append(File.generated(config, SITE_PATH, abs_src_path=str(source)))
    return files
