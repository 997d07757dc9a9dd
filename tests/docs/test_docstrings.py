"""Every public name carries a docstring: the API reference is generated from them.

The public surface is what the site documents: each public module of ``realtime_ext`` (no
leading underscore anywhere in its dotted name) with the names in its ``__all__`` (or, with
no ``__all__``, the names it defines itself), the public methods and properties of each
public class of this package (including those it inherits from a class of this package; an
override inherits its base method's docstring, as ``inspect.getdoc`` and the site's
inherited-docstrings extension do), and the generated layer's entry points: the package,
the client classes and every endpoint function. Generated models re-exported under
openai's names (``realtime_ext.types``) are the generated layer's, described by the spec.
Constants and type aliases cannot carry a docstring and are left to their module's
docstring. The failure message names every undocumented name.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import realtime_ext

# The generator writes no module docstring in client.py or the endpoint modules (their
# functions carry the documentation), so only the package's own module docstring is required.
GENERATED_PACKAGE = "realtime_generated"
GENERATED_ENTRY_POINTS = [
    GENERATED_PACKAGE,
    "realtime_generated.client",
    "realtime_generated.errors",
    "realtime_generated.event_types",
    *(
        f"realtime_generated.api.realtime.{name}"
        for name in (
            "accept_realtime_call",
            "create_realtime_call",
            "create_realtime_client_secret",
            "create_realtime_session",
            "create_realtime_transcription_session",
            "create_realtime_translation_client_secret",
            "hangup_realtime_call",
            "refer_realtime_call",
            "reject_realtime_call",
        )
    ),
]
OURS = ("realtime_ext", "realtime_generated")


def public_modules() -> list[str]:
    names = ["realtime_ext"]
    for info in pkgutil.walk_packages(realtime_ext.__path__, "realtime_ext."):
        parts = info.name.split(".")
        if not any(part.startswith("_") for part in parts):
            names.append(info.name)
    return names


def _own_doc(obj: Any) -> str | None:
    doc = obj.__dict__.get("__doc__") if isinstance(obj, type) else getattr(obj, "__doc__", None)
    if not isinstance(doc, str) or not doc.strip():
        return None
    if isinstance(obj, type):
        # dataclasses invent "Name(field: type, ...)" when a class has no docstring.
        try:
            invented = obj.__name__ + str(inspect.signature(obj)).replace(" -> None", "")
        except (TypeError, ValueError):
            invented = None
        if doc == invented:
            return None
    return doc


def _exported(module: ModuleType) -> Iterator[tuple[str, Any]]:
    names = getattr(module, "__all__", None)
    if names is None:
        names = [
            name
            for name, value in vars(module).items()
            if not name.startswith("_") and getattr(value, "__module__", None) == module.__name__
        ]
    for name in names:
        if not name.startswith("__"):
            yield name, getattr(module, name)


def _undocumented_members(cls: type) -> Iterator[str]:
    seen: set[str] = set()
    for klass in cls.__mro__:
        if not klass.__module__.startswith(OURS):
            continue
        for name, value in vars(klass).items():
            if name.startswith("_") or name in seen:
                continue
            seen.add(name)
            if isinstance(value, property | classmethod | staticmethod) or inspect.isfunction(
                value
            ):
                # getdoc walks the MRO: an override of a documented method is documented.
                doc = inspect.getdoc(getattr(cls, name, None))
                if not doc or not doc.strip():
                    yield name


def _checks_members(cls: type, module_name: str) -> bool:
    if cls.__module__.startswith("realtime_ext"):
        return True
    return module_name.startswith("realtime_generated") and module_name in GENERATED_ENTRY_POINTS


def undocumented(module_names: list[str]) -> list[str]:
    missing: list[str] = []
    for module_name in module_names:
        module = importlib.import_module(module_name)
        if _own_doc(module) is None and (
            module_name.startswith("realtime_ext") or module_name == GENERATED_PACKAGE
        ):
            missing.append(module_name)
        for name, obj in _exported(module):
            qualname = f"{module_name}.{name}"
            if inspect.ismodule(obj):
                continue  # documented as a module of its own
            if not (inspect.isclass(obj) or inspect.isroutine(obj)):
                continue  # a constant or a type alias: no docstring to carry
            origin = getattr(obj, "__module__", "")
            if not origin.startswith(OURS):
                continue  # re-exported from another library
            if origin.startswith("realtime_generated") and module_name.startswith("realtime_ext"):
                continue  # a generated model under openai's name: the spec documents it
            if _own_doc(obj) is None:
                missing.append(qualname)
            if inspect.isclass(obj) and _checks_members(obj, module_name):
                missing.extend(f"{qualname}.{member}" for member in _undocumented_members(obj))
    return sorted(set(missing))


def test_public_surface_is_known() -> None:
    modules = public_modules()
    for expected in ("realtime_ext.session", "realtime_ext.events", "realtime_ext.testing"):
        assert expected in modules
    assert not any("._" in name for name in modules)  # _resources, webrtc._sync ...


def test_every_public_name_of_realtime_ext_has_a_docstring() -> None:
    missing = undocumented(public_modules())
    assert not missing, "public names without a docstring:\n  " + "\n  ".join(missing)


def test_generated_entry_points_have_docstrings() -> None:
    missing = undocumented(GENERATED_ENTRY_POINTS)
    assert not missing, "generated entry points without a docstring:\n  " + "\n  ".join(missing)


def test_the_check_catches_a_missing_docstring() -> None:
    module = ModuleType("realtime_ext_probe", "A probe module.")

    class Documented:
        """Has one."""

        def method(self) -> None:
            pass

    def bare() -> None:
        pass

    Documented.__module__ = bare.__module__ = "realtime_ext_probe"
    module.__all__ = ["Documented", "bare"]  # type: ignore[attr-defined]
    module.Documented = Documented  # type: ignore[attr-defined]
    module.bare = bare  # type: ignore[attr-defined]
    import sys

    sys.modules["realtime_ext_probe"] = module
    try:
        assert undocumented(["realtime_ext_probe"]) == [
            "realtime_ext_probe.Documented.method",
            "realtime_ext_probe.bare",
        ]
    finally:
        del sys.modules["realtime_ext_probe"]
