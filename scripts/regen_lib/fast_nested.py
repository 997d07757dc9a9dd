"""Direct decoders for nested models (the objects inside events), for ``_fast_events.py``.

A nested model's generated ``from_dict`` copies the dict, pops each key and calls a parse
function per field. Its direct decoder runs the very same statements on the dict itself:
``d.pop(k)`` reads ``d[k]``, ``d.pop(k, default)`` reads ``d.get(k, default)``, and the
undescribed keys are collected only when there are any. Three calls become cheaper, each
only where that gives the same value:

- a parse function that returns its argument on every path (``_parse_limit``: ``None``,
  ``Unset`` or anything else comes back as is) is not called;
- an enum built from a string (``Role(value)``, or a parse function that only does that)
  first looks the string up in the enum's value map: the member ``Enum.__call__`` returns;
  anything else still goes through the call;
- ``M.from_dict`` of a nested model compiled the same way becomes ``M``'s direct decoder.

A ``from_dict`` with any other statement shape keeps its model's ``from_dict``, and so does
an argument that is not a dict. The decoders raise what ``from_dict`` raises at the same
step, so the event decoders' fallback (any exception: the event's ``from_dict``) decides.
tests/events/test_fast_decode.py holds every one to its ``from_dict`` on every object of
every spec example, each also with every key dropped and every value replaced.

Runs in regen's child interpreter (see fast_events.py): the source is the freshly generated
package's, read with ``inspect`` there, never at run time.
"""

from __future__ import annotations

import ast
import builtins
import enum
import functools
import importlib.util
import inspect
import sys
import textwrap
import typing
from collections.abc import Callable
from typing import Any

_BOUND = "_z"  # the prefix of the names a factory binds (none in generated code has it)
# The model's name in its factory: with the prefix, as a from_dict may have a local
# ``model`` (the GA session's model field).
_MODEL = f"{_BOUND}model"
_CAUGHT = "(TypeError, ValueError, AttributeError, KeyError)"
_PACKAGE = "realtime_generated."  # the generated package, as its modules' names start
# What ``_fast_events.py`` imports at its top (fast_events.py writes the line): a factory
# reads these names as they are.
TOP_IMPORTS = {"UNSET": "realtime_generated.types", "Unset": "realtime_generated.types"}


class Skip(Exception):
    """This model keeps its ``from_dict``."""


def snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() and i else c.lower() for i, c in enumerate(name))


class Nested:
    """Compiles nested models and parse functions on demand; ``factories`` holds the source
    written so far, by memo key (a model's name, or ``module.function``)."""

    def __init__(self, resolve: Any) -> None:
        self.resolve = resolve
        self.factories: dict[str, list[str]] = {}
        self._failed: set[str] = set()
        self._stack: set[str] = set()

    def parse_function(self, module: Any, name: str) -> tuple[str, str] | None:
        """The memo key and factory name of module function ``name`` compiled (its model
        calls direct), or ``None`` (keep calling it)."""
        short = module.__name__.rsplit(".", 1)[-1]
        key, factory = f"{short}.{name}", f"_p_{short}_{name.lstrip('_')}"
        if not self._compiled(key, lambda: _Parse(self, module, name, factory).factory()):
            return None
        return key, factory

    def decoder(self, name: str) -> str | None:
        """The factory name of ``name``'s direct decoder (``None``: keep ``from_dict``)."""
        if not self._compiled(name, lambda: _Model(self, name).factory()):
            return None
        return f"_n_{snake(name)}"

    def _compiled(self, key: str, write: Callable[[], list[str]]) -> bool:
        """Whether ``key`` has a factory, writing it now if need be. A cycle (``key`` asked
        for while it is being written) and a shape the compiler refuses keep the original."""
        if key in self.factories:
            return True
        if key in self._failed or key in self._stack:
            return False
        self._stack.add(key)
        try:
            self.factories[key] = write()
        except Skip:
            self._failed.add(key)
            return False
        finally:
            self._stack.discard(key)
        return True


def _is_data(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id == "data"


def _returns_data(stmt: ast.stmt) -> bool:
    if not isinstance(stmt, ast.Return) or stmt.value is None:
        return False
    value = stmt.value
    if _is_data(value):
        return True
    return (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Name)
        and value.func.id == "cast"
        and len(value.args) == 2
        and _is_data(value.args[1])
    )


def _guard(stmt: ast.stmt) -> bool:
    """``if data is None: return data`` or ``if isinstance(data, Unset): return data``."""
    if not isinstance(stmt, ast.If) or stmt.orelse or len(stmt.body) != 1:
        return False
    test = stmt.test
    none = (
        isinstance(test, ast.Compare)
        and _is_data(test.left)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.Is)
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value is None
    )
    unset = (
        isinstance(test, ast.Call)
        and isinstance(test.func, ast.Name)
        and test.func.id == "isinstance"
        and len(test.args) == 2
        and _is_data(test.args[0])
        and isinstance(test.args[1], ast.Name)
        and test.args[1].id == "Unset"
    )
    return (none or unset) and _returns_data(stmt.body[0])


def parse_kind(fn: Any) -> tuple[str, str | None]:
    """What a module-level ``_parse_x(data)`` does: ``("identity", None)``, ``("enum",
    EnumName)`` (a string becomes ``EnumName(data)``, anything else comes back as is) or
    ``("other", None)``."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(fn)))
    except (OSError, TypeError, SyntaxError):
        return "other", None
    func = tree.body[0]
    if not isinstance(func, ast.FunctionDef) or [a.arg for a in func.args.args] != ["data"]:
        return "other", None
    body = list(func.body)
    while body and _guard(body[0]):
        body.pop(0)
    if len(body) == 1 and _returns_data(body[0]):
        return "identity", None
    # try: if not isinstance(data, str): raise TypeError(); x = E(data); return x
    # except (...): pass / return cast(..., data)
    if len(body) != 2 or not isinstance(body[0], ast.Try) or not _returns_data(body[1]):
        return "other", None
    attempt = body[0]
    if attempt.orelse or attempt.finalbody or len(attempt.handlers) != 1:
        return "other", None
    handler = attempt.handlers[0]
    if ast.unparse(handler.type or ast.Constant(None)) != _CAUGHT or handler.name:
        return "other", None
    if len(handler.body) != 1 or not isinstance(handler.body[0], ast.Pass):
        return "other", None
    steps = attempt.body
    if len(steps) != 3:
        return "other", None
    check, build, back = steps
    if not (
        isinstance(build, ast.Assign)
        and len(build.targets) == 1
        and isinstance(build.targets[0], ast.Name)
        and isinstance(build.value, ast.Call)
        and len(build.value.args) == 1
        and not build.value.keywords
        and _is_data(build.value.args[0])
        and isinstance(back, ast.Return)
        and isinstance(back.value, ast.Name)
        and back.value.id == build.targets[0].id
    ):
        return "other", None
    func = build.value.func
    checked = ast.unparse(check)
    if checked == "if not isinstance(data, str):\n    raise TypeError()":
        if isinstance(func, ast.Name):
            return "enum", func.id
    elif (
        checked == "if not isinstance(data, dict):\n    raise TypeError()"
        and isinstance(func, ast.Attribute)
        and func.attr == "from_dict"
        and isinstance(func.value, ast.Name)
    ):
        return "model", func.value.id
    return "other", None


def _stored(func: ast.FunctionDef) -> set[str]:
    """The names ``func`` assigns (its locals)."""
    return {
        n.id for n in ast.walk(func) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)
    }


def _lazy_names(module: Any) -> set[str]:
    """The names a generated model module binds in its ``_import_lazy`` (none without)."""
    function = getattr(module, "_import_lazy", None)
    if function is None:
        return set()
    tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    return {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }


def _imports(module: Any) -> dict[str, tuple[str, str]]:
    """The names ``module`` imports (at its top, under ``TYPE_CHECKING`` or in its
    ``_import_lazy``): bound name -> (absolute module, name there)."""
    return _imports_of(module.__name__)


@functools.cache
def _imports_of(module_name: str) -> dict[str, tuple[str, str]]:
    module = sys.modules[module_name]
    tree = ast.parse(inspect.getsource(module))
    found: dict[str, tuple[str, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = "." * node.level + (node.module or "")
            source = importlib.util.resolve_name(base, module.__package__)
            for alias in node.names:
                found[alias.asname or alias.name] = (source, alias.name)
    return found


def origin(module: Any, name: str) -> tuple[str, str] | None:
    """Where the global ``name`` of ``module`` is defined, as (module, name there), when
    ``module`` only imports it (``None``: ``module`` defines it). Why: mypy --strict reads
    ``module.X`` of an imported ``X`` as an error (a module does not re-export what it
    imports), so a factory imports such a name from the module that defines it. An import
    from another generated module that only imports it too is followed there."""
    found = _imports(module).get(name)
    seen: set[str] = set()
    while found is not None and found[0].startswith(_PACKAGE) and found[0] not in seen:
        seen.add(found[0])
        further = _imports(importlib.import_module(found[0])).get(found[1])
        if further is None:
            break
        found = further
    return found


def import_line(source: str, name: str, bound: str) -> str:
    """``from <source> import name [as bound]``, relative inside the generated package."""
    where = "." + source[len(_PACKAGE) :] if source.startswith(_PACKAGE) else source
    return f"from {where} import {name}" + ("" if name == bound else f" as {bound}")


def _module_names(expression: str) -> set[str]:
    """The ``module.X`` names an expression of a factory reads."""
    return {
        node.attr
        for node in ast.walk(ast.parse(expression, mode="eval"))
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "module"
    }


def _is_enum(value: object) -> bool:
    return isinstance(value, type) and issubclass(value, enum.Enum)


class _Unit(ast.NodeTransformer):
    """One generated function (a ``from_dict`` or a module-level ``_parse_x``) rewritten:
    its module's names bound once in a factory, the calls above made cheaper."""

    pops = False  # d.pop(...) rewritten (from_dict only)

    def __init__(self, nested: Nested, module: Any) -> None:
        self.nested = nested
        self.module = module
        self.depth = 0
        self.required: list[str] = []
        self.optional: list[str] = []
        self.bindings: dict[str, str] = {}  # bound name -> expression in the factory
        self.lazy = hasattr(module, "_import_lazy")
        self.locals: set[str] = set()
        # Bound names whose decoder is built on its first call (see later()), and those of
        # them an absent field (``UNSET``) passes through unbuilt: their parse function
        # gives ``UNSET`` back, checked here.
        self.later: set[str] = set()
        self.unset_ok: set[str] = set()
        # Names the module imports, read by the bindings: name -> (defining module, name
        # there); the factory imports them from there (see origin()).
        self.foreign: dict[str, tuple[str, str]] = {}

    def head(self, factory: str, returns: str, *, reads_module: bool) -> list[str]:
        """The factory's first lines: its model module imported as ``module`` where the
        factory reads it (``reads_module``, the bindings, the lazy imports), and that
        module's lazy imports made where a binding made at once needs them."""
        short = self.module.__name__.rsplit(".", 1)[-1]
        lines = [f"def {factory}() -> {returns}:"]
        lazy = self.lazy and self.needs_lazy_names()
        if reads_module or lazy or any("module." in line for line in self.binds()):
            lines += [f"    from .models import {short} as module", ""]
        if lazy:
            lines += ["    if not module._lazy_imported:", "        module._import_lazy()"]
        return lines

    def needs_lazy_names(self) -> bool:
        """Whether a binding made at once reads a name the module binds lazily (its
        ``_import_lazy``): the factory then imports them first. The bindings built later
        import them when built."""
        lazy = _lazy_names(self.module)
        read = {
            name
            for bound, expression in self.bindings.items()
            if bound not in self.later
            for name in _module_names(expression)
        }
        read |= self.foreign.keys()
        # A parse function bound at once (an enum's fallback) may read them when called.
        for name in list(read):
            code = getattr(self.global_value(name), "__code__", None)
            if code is not None:
                read.update(code.co_names)
        return bool(read & lazy)

    def body(self, statements: list[ast.stmt]) -> list[str]:
        out: list[str] = []
        for stmt in statements:
            done = self.visit(stmt)
            if done is not None:
                out += ast.unparse(done).splitlines()
        return out

    def binds(self) -> list[str]:
        lines = [
            f"    {import_line(source, name, bound)}"
            for bound, (source, name) in sorted(self.foreign.items())
        ]
        for bound, expression in self.bindings.items():
            if bound in self.later:
                lines += self.built_later(bound, expression)
            else:
                lines.append(f"    {bound} = {expression}")
        return lines

    def built_later(self, bound: str, expression: str) -> list[str]:
        """A binding that builds other decoders, built on its first call: a stub that
        rebinds the factory's name to the built decoder (``nonlocal``), so later calls
        reach it directly and steady-state decoding pays nothing for the wait. Why: an
        event's decoder built eagerly built every decoder below it, importing every model
        module of the tree (a ``session.created`` imported some 30); a first connection
        paid for all of them before its first event, used or not. An absent field
        (``UNSET``) passes through unbuilt where the parse function returns it as is."""
        # Positional-only, as the decoder that replaces it (a Callable) is.
        lines = [f"    def {bound}(value: Any, /) -> Any:", f"        nonlocal {bound}"]
        if bound in self.unset_ok:
            lines += ["        if value is UNSET:", "            return value"]
        if self.lazy:
            lines += ["        if not module._lazy_imported:", "            module._import_lazy()"]
        return [*lines, f"        {bound} = {expression}", f"        return {bound}(value)"]

    def returns_unset(self, name: str) -> bool:
        """Whether the module's parse function ``name`` gives ``UNSET`` back as is."""
        unset = getattr(self.module, "UNSET", None)
        function = self.global_value(name)
        if unset is None or not callable(function):
            return False
        try:
            return function(unset) is unset
        except Exception:  # any refusal: no shortcut, built on first call
            return False

    def bind_later(self, expression: str, parse: str | None = None) -> str:
        """``bind`` for an expression that builds other decoders (see built_later);
        ``parse``: the module's parse function the decoder stands for, if any."""
        bound = self.bind(expression)
        self.later.add(bound)
        if parse is not None and self.returns_unset(parse):
            self.unset_ok.add(bound)
        return bound

    # -- binding names in the factory -----------------------------------------------------
    def bind(self, expression: str) -> str:
        for bound, existing in self.bindings.items():
            if existing == expression:
                return bound
        bound = f"{_BOUND}{len(self.bindings)}"
        self.bindings[bound] = expression
        return bound

    def global_ref(self, name: str) -> str:
        """How a factory reads module global ``name``: ``module.name`` where the module
        defines it, else the name imported from where it is defined (see origin())."""
        found = origin(self.module, name)
        if found is None:
            return f"module.{name}"
        if TOP_IMPORTS.get(name) == found[0] and found[1] == name:
            return name
        self.foreign[name] = found
        return name

    def global_value(self, name: str) -> Any:
        if self.lazy and not getattr(self.module, "_lazy_imported", True):
            self.module._import_lazy()
        return getattr(self.module, name, None)

    def is_model(self, name: str) -> bool:
        target = self.global_value(name)
        return target is not None and self.nested.resolve(name) is target

    # -- the transform --------------------------------------------------------------------
    def generic_visit(self, node: ast.AST) -> ast.AST:
        nested_scope = isinstance(
            node, ast.If | ast.For | ast.While | ast.Try | ast.With | ast.Lambda | ast.comprehension
        )
        self.depth += nested_scope
        try:
            return super().generic_visit(node)
        finally:
            self.depth -= nested_scope

    def visit_Name(self, node: ast.Name) -> ast.AST:
        name = node.id
        if not isinstance(node.ctx, ast.Load) or name in self.locals:
            return node
        if name in ("d", "src_dict"):
            raise Skip(f"{name} used other than d.pop(...)")
        if name == "cls":
            return ast.copy_location(ast.Name(_MODEL, ast.Load()), node)
        if hasattr(self.module, name) or (self.lazy and self.global_value(name) is not None):
            # A module global (a class, an enum, a parse function, UNSET): bound once.
            return ast.copy_location(ast.Name(self.bind(self.global_ref(name)), ast.Load()), node)
        if hasattr(builtins, name):
            return node
        raise Skip(f"{name} is neither local, global nor builtin")

    def visit_AnnAssign(self, node: ast.AnnAssign) -> ast.AST | None:
        if node.value is None:
            return None  # a bare annotation: nothing runs
        assign = ast.Assign(targets=[node.target], value=node.value, lineno=node.lineno)
        return self.visit(ast.copy_location(assign, node))

    def visit_Call(self, node: ast.Call) -> ast.AST:
        func = node.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            if func.value.id == "d" and func.attr == "pop" and self.pops:
                return self.pop(node)
            name = func.value.id
            if func.attr == "from_dict" and len(node.args) == 1 and not node.keywords:
                factory = self.nested.decoder(name) if self.is_model(name) else None
                if factory is not None:
                    bound = self.bind_later(f'_nested("{name}", {factory})')
                    call = ast.Call(ast.Name(bound, ast.Load()), [self.visit(node.args[0])], [])
                    return ast.copy_location(call, node)
        if (
            isinstance(func, ast.Name)
            and len(node.args) == 2
            and not node.keywords
            and self.global_value(func.id) is typing.cast
        ):
            # cast(T, x) is x: the factory reads x alone (T, a type written with the
            # factory's bound names, is no type to a checker, and runs for nothing).
            return self.visit(node.args[1])
        if isinstance(func, ast.Name) and len(node.args) == 1 and not node.keywords:
            value = self.global_value(func.id)
            arg = self.visit(node.args[0])
            if func.id.startswith("_parse_") and callable(value):
                kind, enum_name = parse_kind(value)
                if kind == "identity":
                    return arg
                if kind == "enum" and enum_name and _is_enum(self.global_value(enum_name)):
                    refs = f"{self.global_ref(enum_name)}, {self.global_ref(func.id)}"
                    bound = self.bind(f"_enum_or({refs})")
                    return ast.copy_location(ast.Call(ast.Name(bound, ast.Load()), [arg], []), node)
                if kind == "model" and enum_name and self.is_model(enum_name):
                    factory = self.nested.decoder(enum_name)
                    if factory is not None:
                        direct = f'_nested("{enum_name}", {factory})'
                        fallback = self.global_ref(func.id)
                        bound = self.bind_later(f"_model_or({direct}, {fallback})", func.id)
                        call = ast.Call(ast.Name(bound, ast.Load()), [arg], [])
                        return ast.copy_location(call, node)
                if kind == "other" and (found := self.nested.parse_function(self.module, func.id)):
                    bound = self.bind_later(f'_nested("{found[0]}", {found[1]})', func.id)
                    call = ast.Call(ast.Name(bound, ast.Load()), [arg], [])
                    return ast.copy_location(call, node)
            elif _is_enum(value):
                ref = self.global_ref(func.id)
                bound = self.bind(f"_enum_or({ref}, {ref})")
                return ast.copy_location(ast.Call(ast.Name(bound, ast.Load()), [arg], []), node)
            node.args = [arg]
            node.func = self.visit(node.func)
            return node
        return self.generic_visit(node)

    def pop(self, node: ast.Call) -> ast.AST:
        if self.depth or node.keywords or not 1 <= len(node.args) <= 2:
            raise Skip("d.pop(...) not at the top level, or an unknown form")
        key = node.args[0]
        if not isinstance(key, ast.Constant) or not isinstance(key.value, str):
            raise Skip("d.pop of a computed key")
        if key.value in (*self.required, *self.optional):
            raise Skip(f"{key.value!r} popped twice")
        data = ast.Name("d", ast.Load())
        if len(node.args) == 1:
            self.required.append(key.value)
            read: ast.expr = ast.Subscript(data, ast.Constant(key.value), ast.Load())
        else:
            self.optional.append(key.value)
            default = self.visit(node.args[1])
            get = ast.Attribute(data, "get", ast.Load())
            read = ast.Call(get, [ast.Constant(key.value), default], [])
        return ast.copy_location(read, node)


class _Parse(_Unit):
    """A module-level ``_parse_x(data)`` compiled: the same statements, its model and
    parse calls made direct."""

    def __init__(self, nested: Nested, module: Any, name: str, factory_name: str) -> None:
        super().__init__(nested, module)
        self.name = name
        self.factory_name = factory_name

    def factory(self) -> list[str]:
        fn = getattr(self.module, self.name, None)
        if fn is None:
            raise Skip("no such function")
        func = ast.parse(textwrap.dedent(inspect.getsource(fn))).body[0]
        if not isinstance(func, ast.FunctionDef) or [a.arg for a in func.args.args] != ["data"]:
            raise Skip("not a parse(data) function")
        if func.decorator_list or func.args.kwonlyargs or func.args.vararg or func.args.kwarg:
            raise Skip("an unusual signature")
        self.locals = _stored(func) | {"data"}
        clash = self.locals & {"module", "parse"}
        if clash or any(n.startswith(_BOUND) for n in self.locals):
            raise Skip(f"local names {sorted(clash)} clash with the factory's")
        lines = self.body(list(func.body))
        return [
            *self.head(self.factory_name, "Callable[[Any], Any]", reads_module=False),
            *self.binds(),
            "",
            "    def parse(data: Any) -> Any:",
            *(f"        {line}" for line in lines),
            "",
            "    return parse",
        ]


class _Model(_Unit):
    """One model's ``from_dict`` turned into its direct decoder's factory."""

    pops = True

    def __init__(self, nested: Nested, name: str) -> None:
        import attrs

        model = nested.resolve(name)
        if model is None or not attrs.has(model):
            raise Skip("not an attrs model")
        super().__init__(nested, sys.modules[model.__module__])
        self.name = name
        self.model = model

    def factory(self) -> list[str]:
        source = textwrap.dedent(inspect.getsource(self.model.from_dict))
        func = ast.parse(source).body[0]
        if not isinstance(func, ast.FunctionDef):
            raise Skip("from_dict is not a plain method")
        body = list(func.body)
        if body and ast.unparse(body[0]) == "if not _lazy_imported:\n    _import_lazy()":
            body.pop(0)  # the factory does it, once
        if not body or ast.unparse(body[0]) != "d = dict(src_dict)":
            raise Skip("from_dict does not start with d = dict(src_dict)")
        self.locals = _stored(func) - {"d"}
        clash = self.locals & {"slow", "known", "module", "decode", "k", "v"}
        if clash or any(n.startswith(_BOUND) for n in self.locals):
            raise Skip(f"local names {sorted(clash)} clash with the factory's")
        if len(body) < 4:
            raise Skip("too short to be the known shape")
        *fields, build, extra, back = body[1:]
        if not (
            isinstance(build, ast.Assign)
            and len(build.targets) == 1
            and isinstance(build.targets[0], ast.Name)
            and isinstance(build.value, ast.Call)
            and isinstance(build.value.func, ast.Name)
            and build.value.func.id == "cls"
            and not build.value.args
        ):
            raise Skip("no obj = cls(...) before the end")
        obj = build.targets[0].id
        if ast.unparse(extra) != f"{obj}.additional_properties = d":
            raise Skip("additional_properties is not the rest of d")
        if ast.unparse(back) != f"return {obj}":
            raise Skip("does not return the object")
        lines = self.body(fields)
        lines += self.construct(obj, build.value)
        count = " + ".join([str(len(self.required)), *(f"({k!r} in d)" for k in self.optional)])
        lines += [
            f"if len(d) != {count}:",
            f"    {obj}.additional_properties = {{k: v for k, v in d.items() if k not in known}}",
            f"return {obj}",
        ]
        known = ", ".join(repr(k) for k in [*self.required, *self.optional])
        return [
            *self.head(f"_n_{snake(self.name)}", "Decode", reads_module=True),
            f"    {_MODEL} = module.{self.name}",
            f"    slow = {_MODEL}.from_dict",
            f"    known = frozenset(({known},))"
            if known
            else "    known: frozenset[str] = frozenset()",
            *self.binds(),
            "",
            "    def decode(d: Any) -> Any:",
            "        if type(d) is not dict:",
            "            return slow(d)",
            *(f"        {line}" for line in lines),
            "",
            "    return decode",
        ]

    def construct(self, obj: str, call: ast.Call) -> list[str]:
        """``obj = cls(name=value, ...)`` as :func:`constructed` writes it."""
        values: list[tuple[str, str]] = []
        for keyword in call.keywords:
            if keyword.arg is None:
                raise Skip("**kwargs in the constructor call")
            values.append((keyword.arg, ast.unparse(self.visit(keyword.value))))
        return constructed(self.model, _MODEL, obj, values)


def constructed(model: Any, model_name: str, obj: str, values: list[tuple[str, str]]) -> list[str]:
    """``obj = model_name(name=value, ...)``: stores on a bare instance where :func:`bare`
    allows, else a call of the model, positional while the order is the ``__init__``'s (a
    keyword costs a name match per argument), keywords from the first mismatch."""
    import attrs

    stores = bare(model, model_name, obj, values)
    if stores is not None:
        return stores
    order = [f.name for f in attrs.fields(model) if f.init and not f.kw_only]
    args: list[str] = []
    positional = True
    for position, (name, value) in enumerate(values):
        positional = positional and position < len(order) and order[position] == name
        args.append(value if positional else f"{name}={value}")
    return [f"{obj} = {model_name}({', '.join(args)})"]


def bare(model: Any, model_name: str, obj: str, values: list[tuple[str, str]]) -> list[str] | None:
    """``obj = model_name(name=value, ...)`` written as ``obj = _new(model_name)`` and one
    store per field, values in the same order, or ``None`` where that would not build the
    same object. Why: a call runs attrs' ``__init__`` in a frame of its own, with a
    ``dict()`` call for ``additional_properties``; the stores skip both, about a quarter
    of a small model's decoding. Only where ``__init__`` does nothing else: every init
    field given once, no validator, converter, ``on_setattr`` hook or
    ``__attrs_pre_init__``/``__attrs_post_init__``, and ``additional_properties`` the one
    field outside ``__init__`` (a fresh ``{}``, as its ``dict`` factory gives)."""
    import attrs

    fields = attrs.fields(model)
    names = [name for name, _ in values]
    hooks = ("__attrs_pre_init__", "__attrs_post_init__", "__attrs_init__")
    if (
        model.__setattr__ is not object.__setattr__
        or any(hasattr(model, hook) for hook in hooks)
        or any(f.validator is not None or f.converter is not None for f in fields)
        or len(set(names)) != len(names)
        or set(names) != {f.name for f in fields if f.init}
        or [f.name for f in fields if not f.init] != ["additional_properties"]
        or fields.additional_properties.default != attrs.Factory(dict)
    ):
        return None
    return [
        f"{obj} = _new({model_name})",
        *(f"{obj}.{name} = {value}" for name, value in values),
        f"{obj}.additional_properties = {{}}",
    ]


def helpers() -> list[str]:
    """The module-level helpers the factories use."""
    return [
        "# A model built by stores on a bare instance (see fast_nested.bare in regen).",
        "_new = object.__new__",
        "_BUILT: dict[str, Decode] = {}",
        "",
        "",
        "def _nested(name: str, build: Callable[[], Decode]) -> Decode:",
        '    """The direct decoder of nested model ``name``, built once."""',
        "    found = _BUILT.get(name)",
        "    if found is None:",
        "        found = _BUILT[name] = build()",
        "    return found",
        "",
        "",
        "def _enum_or(cls: Any, other: Callable[[Any], Any]) -> Callable[[Any], Any]:",
        '    """``other(value)``, with a string the enum knows looked up in its value map (the',
        '    member ``cls(value)`` returns)."""',
        "    members = cls._value2member_map_",
        "",
        "    def make(value: Any) -> Any:",
        "        if type(value) is str:",
        "            found = members.get(value)",
        "            if found is not None:",
        "                return found",
        "        return other(value)",
        "",
        "    return make",
        "",
        "",
        "def _model_or(decode: Decode, other: Callable[[Any], Any]) -> Callable[[Any], Any]:",
        '    """``other(value)`` (a parse function trying one model\'s ``from_dict``), with a',
        "    dict tried by that model's direct decoder first; what it refuses, ``other`` decides",
        '    (trying ``from_dict`` again: it raises there too)."""',
        "",
        "    def make(value: Any) -> Any:",
        "        if type(value) is dict:",
        "            try:",
        "                return decode(value)",
        f"            except {_CAUGHT}:",
        "                pass",
        "        return other(value)",
        "",
        "    return make",
    ]


__all__ = (
    "TOP_IMPORTS",
    "Nested",
    "Skip",
    "bare",
    "constructed",
    "helpers",
    "import_line",
    "origin",
    "parse_kind",
    "snake",
)
