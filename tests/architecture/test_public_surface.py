"""The public surface: one object per public name (issue 35 item 6; issue 57).

The surface is the union of ``__all__`` over every public module of ``realtime_ext`` (no
leading underscore anywhere in its dotted name; a module without ``__all__`` contributes the
names it defines itself). ``realtime_ext.examples`` is left out: its modules are programs
shipped to be read and run (``python -m realtime_ext.examples.voice_assistant``), not names
to import, and each has its own ``main``. ``realtime_ext.cli`` likewise: its ``main`` is the
``realtime-ext`` console script, run rather than imported.

A name means one thing wherever it is imported from: ``realtime_ext.X`` and
``realtime_ext.sub.X`` may both exist, but they are the same object.

How many: no cap (the decision in issue 57 on the blocked thin-layer issue): one name per
concept, which the clash check below holds, rather than a count that pushed friendly builders
out of the surface.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import subprocess
import sys
from collections import defaultdict
from types import ModuleType
from typing import Any

import realtime_ext

LEFT_OUT = ("realtime_ext.examples", "realtime_ext.cli")
# The main path (issue 57): reachable from ``import realtime_ext`` alone, loaded on first use.
# The core's live-session packages, reached from the root; the features' (webrtc,
# translation, asgi, telephony) are imported by their own names.
SESSION_PACKAGES = {"connection", "conversation"}
FEATURES = {"asgi", "audio", "telemetry", "telephony", "testing", "tools", "translation"}
FEATURES |= {"voice", "webrtc", "cli", "examples"}


def public_modules() -> list[str]:
    """Every public module's dotted name, ``realtime_ext`` first."""
    names = ["realtime_ext"]
    for info in pkgutil.walk_packages(realtime_ext.__path__, "realtime_ext."):
        if any(part.startswith("_") for part in info.name.split(".")):
            continue
        if any(info.name == left or info.name.startswith(left + ".") for left in LEFT_OUT):
            continue
        names.append(info.name)
    return names


def exported(module: ModuleType) -> dict[str, Any]:
    """The module's public names and what each is bound to."""
    names = getattr(module, "__all__", None)
    if names is None:
        names = [
            name
            for name, value in vars(module).items()
            if not name.startswith("_") and getattr(value, "__module__", None) == module.__name__
        ]
    return {name: getattr(module, name) for name in names}


def surface() -> dict[str, dict[str, Any]]:
    """Public name -> {module: the object that module binds it to}."""
    found: dict[str, dict[str, Any]] = defaultdict(dict)
    for module_name in public_modules():
        for name, value in exported(importlib.import_module(module_name)).items():
            found[name][module_name] = value
    return found


def clashes(found: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """The names bound to more than one object, with the modules that bind them."""
    return {
        name: sorted(where)
        for name, where in found.items()
        if len({id(value) for value in where.values()}) > 1
    }


def test_no_public_name_is_bound_to_two_objects() -> None:
    assert clashes(surface()) == {}


def test_the_walk_sees_every_public_package() -> None:
    modules = public_modules()
    for name in ("realtime_ext.types", "realtime_ext.connection", "realtime_ext.translation"):
        assert name in modules
    assert not any(name.startswith("realtime_ext.examples") for name in modules)
    assert not any("._" in name for name in modules)


def test_the_check_can_fail() -> None:
    one, other = object(), object()
    found = {"connect": {"a": one, "b": other}, "same": {"a": one, "b": one}}
    assert clashes(found) == {"connect": ["a", "b"]}


def test_the_subpackages_stay_attributes_outside_all() -> None:
    # Left out of __all__ (not names to star-import), still reachable and listed by dir().
    subpackages = {"events", "sdp", "session", "types", "webhooks"}
    subpackages |= SESSION_PACKAGES
    assert not subpackages & set(realtime_ext.__all__)
    assert subpackages | {"__version__"} <= set(dir(realtime_ext))
    for name in subpackages:
        assert importlib.import_module(f"realtime_ext.{name}") is getattr(realtime_ext, name)


def test_the_root_names_no_feature() -> None:
    # The core installs alone: its root neither exports a feature's name nor loads a
    # feature's package on attribute access (in a fresh process, nothing imported yet).
    code = (
        "import realtime_ext\n"
        f"for name in {sorted(FEATURES)!r}:\n"
        "    assert not hasattr(realtime_ext, name), name\n"
        "print(sorted(realtime_ext.__all__))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    exported = set(ast.literal_eval(out.stdout.strip()))
    for gone in ("ToolRegistry", "function_tool", "mcp_tool", "PlaybackTracker", "SessionMetrics"):
        assert gone not in exported


def test_the_main_path_is_reachable_from_the_root_and_loads_on_use() -> None:
    # In a fresh process: ``import realtime_ext`` loads no subpackage (the cold import stays
    # as it was), and ``realtime_ext.connection`` then works without importing it by name.
    code = (
        "import sys, realtime_ext\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('realtime_ext.'))\n"
        "print(loaded)\n"
        f"for name in {sorted(SESSION_PACKAGES)!r}:\n"
        "    module = getattr(realtime_ext, name)\n"
        "    assert module is sys.modules['realtime_ext.' + name], name\n"
        "print(realtime_ext.connection.connect.__module__)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    first, second = out.stdout.splitlines()
    assert first == "['realtime_ext._exceptions', 'realtime_ext._redact', 'realtime_ext._version']"
    assert second.startswith("realtime_ext.connection")
