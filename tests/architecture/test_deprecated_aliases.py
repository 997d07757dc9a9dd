"""Renamed and moved names keep working for one release, with a DeprecationWarning (issue 57).

Each old name is served by its old module's ``__getattr__``: it warns on every use (the name
is never bound in the module, so the second use warns too), gives the very object the new
home exports (one object per name, tests/architecture/test_public_surface.py), and is no
longer listed in the old module's ``__all__``. The changelog lists each under
"### Deprecated".
"""

from __future__ import annotations

import importlib
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# (old module, old name) -> (new module, new name)
ALIASES: dict[tuple[str, str], tuple[str, str]] = {
    # SDK plumbing out of the public surface: still where the SDK imports it from.
    ("realtime_ext.conversation", "AsyncTransport"): (
        "realtime_ext.conversation._transport",
        "AsyncTransport",
    ),
    ("realtime_ext.conversation", "SyncTransport"): (
        "realtime_ext.conversation._transport",
        "SyncTransport",
    ),
    ("realtime_ext.conversation", "Reconnector"): (
        "realtime_ext.conversation._reconnect",
        "Reconnector",
    ),
    ("realtime_ext.conversation", "Carry"): ("realtime_ext.conversation._carry", "Carry"),
    # "Session" is the configuration; the live socket is a connection, as a conversation's.
    ("realtime_ext.translation", "TranslationSession"): (
        "realtime_ext.translation",
        "TranslationConnection",
    ),
    ("realtime_ext.translation", "AsyncTranslationSession"): (
        "realtime_ext.translation",
        "AsyncTranslationConnection",
    ),
}


@pytest.mark.parametrize(("old", "new"), sorted(ALIASES.items()), ids=lambda k: ".".join(k))
def test_the_old_name_warns_and_is_the_new_object(
    old: tuple[str, str], new: tuple[str, str]
) -> None:
    old_module = importlib.import_module(old[0])
    expected = getattr(importlib.import_module(new[0]), new[1])
    for _ in range(2):  # not cached: every use warns
        with pytest.warns(DeprecationWarning, match=rf"{old[0]}\.{old[1]} is deprecated") as got:
            value = getattr(old_module, old[1])
        assert value is expected
        if not new[0].startswith(f"{old[0]}._"):  # moved, not made private: names the new home
            assert f"{new[0]}.{new[1]}" in str(got[0].message)
        assert got[0].filename == __file__  # points at the code that named it
    assert old[1] not in getattr(old_module, "__all__", ())
    assert old[1] not in vars(old_module)


@pytest.mark.parametrize(("old", "new"), sorted(ALIASES.items()), ids=lambda k: ".".join(k))
def test_from_import_of_the_old_name_warns(old: tuple[str, str], new: tuple[str, str]) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        namespace: dict[str, object] = {}
        exec(f"from {old[0]} import {old[1]} as value", namespace)
    # The import system looks the name up too (hasattr, for a submodule of that name):
    # one statement, one warning all the same.
    assert [w.category for w in caught] == [DeprecationWarning]
    assert f"{old[0]}.{old[1]} is deprecated" in str(caught[0].message)
    assert namespace["value"] is getattr(importlib.import_module(new[0]), new[1])


def test_an_unknown_name_is_still_an_attribute_error() -> None:
    for module_name in {old for old, _ in ALIASES}:
        module = importlib.import_module(module_name)
        with pytest.raises(AttributeError, match="no_such_name"):
            getattr(module, "no_such_name")  # noqa: B009


def test_the_changelog_lists_every_deprecated_name() -> None:
    text = (ROOT / "docs" / "changelog.md").read_text(encoding="utf-8")
    unreleased = text.split("## Unreleased", 1)[1].split("\n## ", 1)[0]
    deprecated = unreleased.split("### Deprecated", 1)[1].split("\n### ", 1)[0]
    for old_module, old_name in ALIASES:
        assert f"{old_module}.{old_name}" in deprecated
