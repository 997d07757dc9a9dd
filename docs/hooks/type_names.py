"""MkDocs hook: the migration page's table of openai type names, built from the code.

``realtime_ext.types`` re-exports ``realtime_generated.openai_types``, whose
``OPENAI_NAMES`` (written by regen from openapi/openai_names.toml) maps each name of the
official package's Realtime types to the generated model (or union) it stands for. Writing that table by hand would drift; this
hook renders it from the mapping at build time, in place of the marker line.
"""

from __future__ import annotations

from typing import Any

MARKER = "<!-- openai-type-names -->"


def _target(value: str | tuple[str, ...]) -> str:
    if isinstance(value, tuple):
        return " \\| ".join(f"`{name}`" for name in value)
    if value.startswith("list:"):
        return f"`list[{value[5:]}]`"
    return f"`{value}`"


def on_page_markdown(markdown: str, page: Any, **kwargs: Any) -> str:
    if MARKER not in markdown:
        return markdown
    from realtime_generated.openai_types import OPENAI_NAMES

    aliases: dict[str, str | tuple[str, ...]] = OPENAI_NAMES
    rows = [
        "| openai name | `realtime_ext.types` | generated type (`realtime_generated.models`; `unions.`: `realtime_generated.unions`) |",
        "| --- | --- | --- |",
        *(f"| `{name}` | `{name}` | {_target(aliases[name])} |" for name in sorted(aliases)),
    ]
    return markdown.replace(MARKER, "\n".join(rows))
