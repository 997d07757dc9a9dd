"""The one validator for what the SDK sends: client events and session dicts.

Every entry point that takes a session (``client_secrets.create``, ``calls.create``,
``calls.accept``, ``translations.client_secrets.create``, ``session.update``, the CLI's
``--session``, the session builders) and every typed send goes through this module, so a
mistake gets the same message everywhere: the field path, the names the object takes and
a did-you-mean (``session.instrucions: unknown field, did you mean 'instructions'? ...``).
Code that must answer as the real API does (a relay, the fake server) runs the same walk
through the public :mod:`realtime_ext.validation`.

The generated ``from_dict`` is lenient on purpose (it decodes what servers send, and servers
move faster than the spec): it does not check primitive types and it keeps unknown keys in
``additional_properties``. For what *we* send that leniency hides mistakes, so every typed
send and every ``events.*`` builder runs the payload through :func:`check_client_event`
(sessions through :func:`check_session`):

1. decode with the model's ``from_dict`` (missing required fields, closed enums);
2. walk the decoded model against its attrs annotations: a wrong type anywhere (``5`` where
   a string belongs, a dict where a list belongs) or an unknown key in a model that declares
   its fields is an :class:`InvalidEventError` naming the field path;
3. re-encode with ``to_dict`` and compare with the input, so nothing is silently dropped.

Unknown values of an *open* enum (a new voice, a new model name) are accepted: the generated
enums keep them (forward compatible); the fake server asks for ``strict`` model names, as
the API checks them. A field newer than the spec passes when the session builders' ``extra=``
put it there (:class:`~realtime_ext.session.SessionConfig` remembers those paths). The
annotations are read once per model class.
"""

from __future__ import annotations

import contextvars
import difflib
import enum
import functools
import sys
import threading
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, cast

import attrs

from realtime_generated.models import (
    RealtimeConversationItemMessageAssistantContentItemType,
    RealtimeConversationItemMessageSystemContentItemType,
    RealtimeConversationItemMessageUserContentItemType,
    RealtimeConversationItemWithReferenceContentItemType,
    RealtimeUnknownVariant,
)

from ._encode import problem
from ._redact import short_repr

if typing.TYPE_CHECKING:
    # Imported where raised: both packages import this module (no import cycle).
    pass

Path = tuple[str | int, ...]
Check = Callable[[Any, Path], None]


def _format(path: Path) -> str:
    text = ""
    for key in path:
        text += f"[{key}]" if isinstance(key, int) else (f".{key}" if text else key)
    return text


def did_you_mean(value: str, choices: Iterable[str]) -> str:
    """``" did you mean 'x'?"`` for the closest of ``choices``, or ``""``.

    Example:
        >>> did_you_mean("instrucions", ["instructions", "include"])
        " did you mean 'instructions'?"
    """
    close = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.6)
    return f" did you mean {close[0]!r}?" if close else ""


class _Mismatch(Exception):
    """Internal: a value does not fit the spec.

    ``message`` is the SDK's wording; ``code`` and ``api_message`` are what the API answers
    for the same mistake (``unknown_parameter``, ``invalid_type``, ``invalid_value``,
    ``missing_required_parameter``), for the fake server.
    """

    def __init__(self, path: Path, message: str, *, code: str, api_message: str) -> None:
        where = _format(path)
        super().__init__(f"{where}: {message}" if where else message)
        self.path = path
        self.code = code
        self.api_message = api_message
        self.typo = False  # set by _unsupported: the value is a slip of a listed one


class _LazyModels(Mapping[str, Any]):
    """Names the generated modules import only under TYPE_CHECKING, resolved on demand."""

    def __getitem__(self, name: str) -> Any:
        from realtime_generated import models

        try:
            return getattr(models, name)
        except AttributeError:
            raise KeyError(name) from None

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


_LOCALS = _LazyModels()
# Checkers are compiled once per annotation (and per model class), so a send costs a few
# isinstance calls per field: the annotations are read with get_type_hints only once.
_CHECKS: dict[Any, Check] = {}

# Compiling is done under one lock, and what a compile makes is published (into _CHECKS and
# _MODELS, which checks read with no lock) only once the outermost compile has finished: a
# model's checker is made before its fields' checkers (a model that contains itself finds its
# own), so a checker published at once could be run by another thread with fields still
# missing, and would pass anything. The thread compiling finds its unfinished checkers in
# the pending tables.
_COMPILING = threading.RLock()
_PENDING_CHECKS: dict[Any, Check] = {}
_PENDING_MODELS: dict[type[Any], Check] = {}
_depth = 0


class _Compiling:
    """``with _Compiling():`` holds the compile lock; leaving the outermost one publishes the
    pending checkers (all complete by then), or drops them if the compile raised."""

    def __enter__(self) -> None:
        global _depth
        _COMPILING.acquire()
        _depth += 1

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        global _depth
        _depth -= 1
        try:
            if _depth == 0:
                if kind is None:
                    _CHECKS.update(_PENDING_CHECKS)
                    _MODELS.update(_PENDING_MODELS)
                _PENDING_CHECKS.clear()
                _PENDING_MODELS.clear()
        finally:
            _COMPILING.release()


def _wire(name: str) -> str:
    # The generator appends "_" to names that clash with Python (type_, input_, format_).
    return name[:-1] if name.endswith("_") else name


def _describe(tp: Any) -> str:
    if tp is type(None):
        return "None"
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        names = [_describe(a) for a in typing.get_args(tp)]
        last = ["None"] if "None" in names else []
        names = [n for n in names if n not in ("Unset", "None")] + last
        return " or ".join(dict.fromkeys(names))
    if origin is list:
        return "list"
    if origin is dict:
        return "dict"
    if isinstance(tp, type):
        if issubclass(tp, enum.Enum):
            values = [m.value for m in tp]
            if all(isinstance(v, str) for v in values):
                return "str"
            return " or ".join(map(repr, values))  # an int enum: the values themselves
        if attrs.has(cast("type[Any]", tp)):
            return "dict"
        return tp.__name__
    return str(tp)


def _shown(value: object) -> str:
    return short_repr(value, 40)


_API_TYPES = {
    "str": "a string",
    "int": "an integer",
    "float": "a decimal number",
    "bool": "a boolean",
    "dict": "an object",
    "list": "an array",
    "None": "null",
}


def _api_type(name: str) -> str:
    return _API_TYPES.get(name, name)


def _wrong(tp: Any, value: object, path: Path) -> _Mismatch:
    expected = _describe(tp)
    got = type(value).__name__
    api_expected = " or ".join(_api_type(n) for n in expected.split(" or "))
    api_got = _api_type("None" if value is None else got)
    return _Mismatch(
        path,
        f"expected {expected}, got {got} {_shown(value)}",
        code="invalid_type",
        api_message=(
            f"Invalid type for '{_format(path)}': expected {api_expected}, "
            f"but got {api_got} instead."
        ),
    )


def _ok(value: Any, path: Path) -> None:
    return None


def _compile(tp: Any) -> Check:
    check = _CHECKS.get(tp)
    if check is None:
        with _Compiling():
            check = _CHECKS.get(tp) or _PENDING_CHECKS.get(tp)
            if check is None:
                check = _PENDING_CHECKS[tp] = _build(tp)
    return check


def _instance_test(tp: type[Any]) -> Callable[[Any], bool]:
    if tp is float:
        return lambda v: isinstance(v, int | float) and not isinstance(v, bool)
    if tp is int:
        return lambda v: isinstance(v, int) and not isinstance(v, bool)
    return lambda v: isinstance(v, tp)


def _build(tp: Any) -> Check:
    if tp is Any:
        return _ok
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        return _union(tp)
    if origin is list:
        (item_type,) = typing.get_args(tp) or (Any,)
        item = _compile(item_type)

        def check_list(value: Any, path: Path) -> None:
            if not isinstance(value, list):
                raise _wrong(tp, value, path)
            if item is not _ok:
                for index, element in enumerate(cast("list[object]", value)):
                    item(element, (*path, index))

        return check_list
    if origin is dict:
        args = typing.get_args(tp)
        entry = _compile(args[1]) if len(args) == 2 else _ok

        def check_dict(value: Any, path: Path) -> None:
            if not isinstance(value, dict):
                raise _wrong(tp, value, path)
            if entry is not _ok:
                for key, element in cast("dict[object, object]", value).items():
                    entry(element, (*path, str(key)))

        return check_dict
    if tp is type(None):

        def check_none(value: Any, path: Path) -> None:
            if value is not None:
                raise _wrong(tp, value, path)

        return check_none
    if not isinstance(tp, type):
        return _ok  # an annotation form the generator does not emit for request models
    if attrs.has(tp):

        def check_model(value: Any, path: Path) -> None:
            if not isinstance(value, tp):
                raise _wrong(tp, value, path)
            _model_check(tp)(value, path)

        return check_model
    test = _instance_test(tp)
    if issubclass(tp, enum.Enum):
        members = [str(m.value) for m in tp]

        def check_enum(value: Any, path: Path) -> None:
            # A value the generated enum does not list decodes to a member it makes up
            # (is_known False): judged below, as the str it is.
            if test(value) and getattr(value, "is_known", True):
                return
            if not isinstance(value, str):
                raise _wrong(tp, value, path)
            # A value the spec does not list: a typo when it is close to one (or when the
            # fake server checks as the API does), else a value newer than the spec.
            typo = _typo(value, members)
            if typo or STRICT_ALL in _STRICT.get() or value in elsewhere:
                raise _unsupported(str(value), members, path, typo=typo)

        elsewhere = _ELSEWHERE.get(tp, frozenset())
        return check_enum

    def check_instance(value: Any, path: Path) -> None:
        if not test(value):
            raise _wrong(tp, value, path)

    return check_instance


def _listed_elsewhere(*family: type[enum.Enum]) -> dict[type[Any], frozenset[str]]:
    """For each enum of ``family`` but the last, the values the others list and it does not."""
    every = frozenset(str(member.value) for tp in family for member in tp)
    return {tp: every - {str(member.value) for member in tp} for tp in family[:-1]}


# A message's content part types depend on its role (the spec lists each role's; the last
# enum adds the beta API's "text"). Another role's type, or the beta one, in a message is a
# known type in the wrong place, which the API refuses ("text" in an assistant message:
# its parts are "output_text" and "output_audio"), not a type newer than the spec.
_ELSEWHERE = _listed_elsewhere(
    RealtimeConversationItemMessageSystemContentItemType,
    RealtimeConversationItemMessageUserContentItemType,
    RealtimeConversationItemMessageAssistantContentItemType,
    RealtimeConversationItemWithReferenceContentItemType,
)


def _unsupported(
    value: object, members: list[Any], path: Path, *, typo: bool | None = None
) -> _Mismatch:
    """``value`` is not one of ``members``; ``typo``: whether it is a slip of one (worked out
    here unless the caller already knows)."""
    hint = did_you_mean(str(value), map(str, members))
    allowed = ", ".join(repr(m) for m in members)
    mismatch = _Mismatch(
        path,
        f"unsupported value {_shown(value)}{hint and ',' + hint} (this field takes {allowed})",
        code="invalid_value",
        api_message=f"Invalid value: '{str(value)[:64]}'. Supported values are: {allowed}.",
    )
    # A slip of a listed value: in a union's "type", a typo, not a variant newer than the spec.
    if typo is None:
        typo = isinstance(value, str) and _typo(value, [str(m) for m in members])
    mismatch.typo = typo
    return mismatch


def _known_member(tp: type[enum.Enum]) -> Callable[[Any], bool]:
    """A test for a member ``tp`` lists (not one its ``_missing_`` made up for a new value)."""

    def known(value: Any) -> bool:
        return isinstance(value, tp) and getattr(value, "is_known", True)

    return known


def _typo(value: str, members: list[str]) -> bool:
    """Whether ``value`` is one slip away from one of ``members`` (a letter added, dropped or
    changed, or two neighbours swapped), rather than a value newer than the spec:
    ``"autoo"``, ``"hig"``, ``"functoin"``, but not ``"very_high"``, ``"audio/opus"`` or
    ``"semantic_vad_v2"``.

    Example:
        >>> _typo("functoin", ["function", "mcp"]), _typo("audio/opus", ["audio/pcmu"])
        (True, False)
    """
    return any(_one_slip(value, member) for member in members)


def _one_slip(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by exactly one edit (Damerau: a transposition counts as one)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    if len(a) == len(b):
        rest_a, rest_b = a[start + 1 :], b[start + 1 :]
        if rest_a == rest_b:
            return True  # one letter changed
        swapped = a[start + 1 : start + 2] + a[start] + a[start + 2 :]
        return swapped == b[start:]  # two neighbours swapped
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[start + 1 :] == shorter[start:]  # one letter added or dropped


def _passing(tp: Any) -> frozenset[type[Any]]:
    """The exact types whose every value the check of ``tp`` passes at its first test (a
    ``str`` in a ``str | None | Unset`` field; never an enum member, a model or a list,
    which need a closer look): the field walk skips the call, and the path it would
    build, for a value of one of them. Most fields of a session are unset or plain."""
    union = typing.get_origin(tp) in (types.UnionType, typing.Union)
    found: set[type[Any]] = set()
    options: tuple[Any, ...] = typing.get_args(tp) if union else (tp,)
    for option in options:
        if typing.get_origin(option) is not None or not isinstance(option, type):
            continue  # list[...], dict[...], Literal[...]: its items need looking at
        kind: type[Any] = option
        if issubclass(kind, enum.Enum) or attrs.has(kind):
            continue
        # float takes an int (the instance test's own rule); int and float never a bool,
        # whose exact type is not theirs.
        found.update((int, float) if kind is float else (kind,))
    return frozenset(found)


def _union(tp: Any) -> Check:
    options = typing.get_args(tp)
    if Any in options:
        return _ok
    passing = _passing(tp)
    # Cheap alternatives decide by isinstance alone; containers and models need a deeper look.
    plain: list[Callable[[Any], bool]] = []
    deep: list[tuple[type[Any], Check]] = []
    # A str no plain member takes is judged as a lone enum field judges it: a value newer
    # than the spec passes, one close to a member is a typo (not "expected str, got str").
    enums: list[Check] = []
    for option in options:
        origin = typing.get_origin(option)
        if origin in (list, dict):
            deep.append((origin, _compile(option)))
        elif isinstance(option, type) and attrs.has(option):
            deep.append((option, _compile(option)))
        elif option is type(None):
            plain.append(lambda v: v is None)
        elif isinstance(option, type) and issubclass(option, enum.Enum):
            plain.append(_known_member(option))
            enums.append(_compile(option))
        elif isinstance(option, type):
            plain.append(_instance_test(option))

    @functools.cache
    def variant_types() -> list[str]:
        """The ``type`` values the union's models list (read on first need)."""
        found: list[str] = []
        for kind, _ in deep:
            if isinstance(kind, type) and attrs.has(kind):
                module = sys.modules[kind.__module__]
                hint = typing.get_type_hints(kind, globalns=vars(module), localns=_LOCALS)
                kind_hint = hint.get("type_")
                if typing.get_origin(kind_hint) is typing.Literal:  # a one-value "type"
                    found.extend(str(v) for v in typing.get_args(kind_hint))
                for option in (kind_hint, *typing.get_args(kind_hint)):
                    if isinstance(option, type) and issubclass(option, enum.Enum):
                        found.extend(str(m.value) for m in option)
        return found

    # A model member by its exact type (generated models subclass none of each other): the
    # check the loop below would reach first. Only its pass is taken from here; a mismatch
    # goes the whole way below, which judges it among the other members. Not the decoder's
    # RealtimeUnknownVariant, which is judged by its "type" below.
    models = {
        kind: check
        for kind, check in deep
        if isinstance(kind, type) and attrs.has(kind) and kind is not RealtimeUnknownVariant
    }

    def check_union(value: Any, path: Path) -> None:
        # type(), not __class__, which a proxy may claim; pyright reads type() of an Any as
        # partly unknown.
        exact: type[Any] = type(value)  # pyright: ignore[reportUnknownVariableType]
        if exact in passing:
            return
        model_check = models.get(exact)
        if model_check is not None:
            try:
                model_check(value, path)
                return
            except _Mismatch:
                pass
        for test in plain:
            if test(value):
                return
        if enums and isinstance(value, str):  # a member (made up, if unknown) or a str
            for check_enum in enums:
                check_enum(value, path)  # raises for a typo of one of its members
            return  # a member, or a value newer than the spec
        if type(value) is RealtimeUnknownVariant:
            # The generated decoder's own word for "no member takes this type" (a union the
            # server also sends): a newer variant, as a raw dict the decoder kept would be.
            _newer_variant(value.to_dict(), path, variant_types())
            return
        failure: _Mismatch | None = None
        for kind, check in deep:
            if isinstance(value, kind):
                try:
                    check(value, path)
                    return
                except _Mismatch as exc:
                    failure = failure or exc
        if failure is not None and attrs.has(cast("type[object]", type(value))):
            # The generated union decoder keeps the first member whose lenient from_dict
            # succeeds, so {"type": "audio/pcmu"} may arrive as the PCM model holding an
            # unmatched str. Give every other model member its own chance at the same data.
            try:
                data = value.to_dict()
            except Exception:  # holds values of the wrong type: report the first mismatch
                raise failure from None
            for kind, check in deep:
                if isinstance(kind, type) and attrs.has(kind) and not isinstance(value, kind):
                    try:
                        check(cast(Any, kind).from_dict(data), path)
                        return
                    except _Mismatch as exc:
                        if exc.typo and exc.path == (*path, "type"):
                            failure = exc  # that member's kind, misspelt
                        continue
                    except Exception:  # that member cannot even decode the data
                        continue
            if failure.path == (*path, "type") and not failure.typo:
                _newer_variant(data, path, variant_types())
                return
        given = cast(object, value)
        if failure is None and isinstance(value, dict) and any(attrs.has(k) for k, _ in deep):
            # The lenient decoder kept the raw dict: no model member took it.
            _newer_variant(given, path, variant_types())
            return
        raise failure or _wrong(tp, given, path)

    return check_union


def _vouched(where: Path, allowed: frozenset[Path]) -> bool:
    """Whether ``where`` is, or lies under, a path a builder's ``extra=`` added."""
    return bool(allowed) and any(where[:i] in allowed for i in range(1, len(where) + 1))


def _newer_variant(data: object, path: Path, known: list[str]) -> None:
    """No member of a union of objects takes this ``"type"``: a variant newer than the spec,
    unless it is a slip of one of the ``known`` types.

    The SDK sends it as given (forward compatible); the fake server (strict) answers as the
    API does. Anything else that fits no member is a type error.
    """
    kind: object = cast("dict[str, Any]", data).get("type") if isinstance(data, dict) else None
    if not isinstance(kind, str):
        raise _Mismatch(
            (*path, "type"),
            "is required (this object is one of several kinds)",
            code="missing_required_parameter",
            api_message=f"Missing required parameter: '{_format((*path, 'type'))}'.",
        )
    if known and _typo(kind, known):
        raise _unsupported(kind, known, (*path, "type"), typo=True)
    if STRICT_ALL in _STRICT.get():
        raise _Mismatch(
            (*path, "type"),
            f"unsupported value {_shown(kind)}",
            code="invalid_value",
            api_message=f"Invalid value: '{kind[:64]}'.",
        )


_MODELS: dict[type[Any], Check] = {}
# Beta-API session names and where the GA session object keeps them.
_MOVED = {
    "voice": "audio.output.voice",
    "speed": "audio.output.speed",
    "output_audio_format": "audio.output.format",
    "input_audio_format": "audio.input.format",
    "turn_detection": "audio.input.turn_detection",
    "input_audio_transcription": "audio.input.transcription",
    "input_audio_noise_reduction": "audio.input.noise_reduction",
    "modalities": "output_modalities",
    "max_response_output_tokens": "max_output_tokens",
}
# Paths of fields newer than the spec, vouched for by a builder's extra= (allowed through).
_ALLOWED: contextvars.ContextVar[frozenset[Path]] = contextvars.ContextVar(
    "_ALLOWED", default=frozenset()
)
# Field names whose enum values must be known ones (the fake server: model names); with
# STRICT_ALL, every enum and union "type" must be a known one, as the API checks.
STRICT_ALL = "*"
_STRICT: contextvars.ContextVar[frozenset[str | int]] = contextvars.ContextVar(
    "_STRICT", default=frozenset()
)


def _model_check(cls: type[Any]) -> Check:
    check = _MODELS.get(cls)
    if check is not None:
        return check
    with _Compiling():
        return _MODELS.get(cls) or _PENDING_MODELS.get(cls) or _compile_model(cls)


def _compile_model(cls: type[Any]) -> Check:  # under _Compiling
    module = sys.modules[cls.__module__]
    hints = typing.get_type_hints(cls, globalns=vars(module), localns=_LOCALS)
    fields = [f.name for f in attrs.fields(cls) if f.name != "additional_properties"]
    wires = sorted(_wire(name) for name in fields)
    known = ", ".join(wires)
    value_args = typing.get_args(hints.get("additional_properties", dict[str, Any]))
    extra_value = _compile(value_args[1]) if len(value_args) == 2 else _ok
    # Placeholder first: a model that (indirectly) contains itself finds its own checker.
    checks: list[tuple[str, str, Check, frozenset[type[Any]]]] = []

    def check_fields(obj: Any, path: Path) -> None:
        strict = _STRICT.get()  # read once per object: the same for all of its fields
        for name, wire, field_check, passing in checks:
            value = getattr(obj, name)
            if type(value) not in passing:
                field_check(value, (*path, wire))
            if strict and wire in strict and isinstance(value, str):
                members = enums.get(wire)
                if members and str(value) not in members:
                    raise _unsupported(str(value), members, (*path, wire))
        extra = getattr(obj, "additional_properties", None)
        if not extra:
            return
        if fields:
            # A model that names its fields: anything else is most likely a typo.
            allowed = _ALLOWED.get()
            unknown = [k for k in sorted(extra) if not _vouched((*path, k), allowed)]
            if not unknown:
                return
            where = (*path, unknown[0])
            hint = did_you_mean(unknown[0], wires)
            moved = (
                _MOVED.get(unknown[0]) if cls.__name__.endswith("SessionCreateRequestGA") else None
            )
            if moved:  # a beta-API name: say where the GA session keeps it
                hint = f" in GA sessions it is {_format((*path, *moved.split('.')))}"
            raise _Mismatch(
                where,
                f"unknown field{',' + hint if hint else ''} (this object takes "
                f"{known}); a field newer than the spec goes out unchecked through the "
                "session builders' extra={...}, a REST call's extra_body={...} or a plain "
                "dict sent with conn.send({...})",
                code="unknown_parameter",
                api_message=f"Unknown parameter: '{_format(where)}'.",
            )
        # A map (metadata, JSON schemas): check the values against the declared value type,
        # then the map against the spec's bounds of it.
        for key, value in extra.items():
            extra_value(value, (*path, key))
        if map_bounds:
            _check_map(extra, map_bounds, path)

    enums: dict[str, list[str]] = {}
    for name in fields:
        for option in (hints[name], *typing.get_args(hints[name])):
            if isinstance(option, type) and issubclass(option, enum.Enum):
                enums[_wire(name)] = [str(m.value) for m in option]
    _PENDING_MODELS[cls] = check_fields
    # The spec's bounds of the fields (minimum, maxLength...), stated once by the generated
    # module (_BOUNDS: none in a generated package older than the table).
    bounds: dict[str, dict[str, float]] = getattr(module, "_BOUNDS", {})
    map_bounds = bounds.get("additional_properties", {})
    # A bounded field's value is always looked at (its size is checked); none passes unseen.
    checks.extend(
        (name, _wire(name), _bounded(hints[name], bounds[name]), frozenset())
        if name in bounds
        else (name, _wire(name), _compile(hints[name]), _passing(hints[name]))
        for name in fields
    )
    return check_fields


# A bound the spec states -> (what the value's size is, whether it passes, the API's error
# code for the kind of value and the words of the SDK's and the API's messages).
_BOUND_RULES: dict[str, tuple[str, Callable[[float, float], bool], str, str]] = {
    "minimum": ("number", lambda v, b: v >= b, "below_min_value", "at least"),
    "maximum": ("number", lambda v, b: v <= b, "above_max_value", "at most"),
    "exclusiveMinimum": ("number", lambda v, b: v > b, "below_min_value", "more than"),
    "exclusiveMaximum": ("number", lambda v, b: v < b, "above_max_value", "less than"),
    "minLength": ("string", lambda v, b: v >= b, "below_min_length", "at least"),
    "maxLength": ("string", lambda v, b: v <= b, "above_max_length", "at most"),
    "minItems": ("array", lambda v, b: v >= b, "below_min_length", "at least"),
    "maxItems": ("array", lambda v, b: v <= b, "above_max_length", "at most"),
}
_API_OPERATORS = {"at least": ">=", "at most": "<=", "more than": ">", "less than": "<"}


def _bounded(tp: Any, bounds: Mapping[str, float]) -> Check:
    """The check of a field of type ``tp``, then the spec's ``bounds`` on a value they apply
    to: a number's value, a string's length, a list's length. Another kind of value
    (``None``, unset, a union's other member) has no bound here."""
    check = _compile(tp)
    # The API names a number by the field's type: a float field's 9 is a "decimal".
    number = "decimal" if float in (tp, *typing.get_args(tp)) else "integer"
    rules = [
        (bound, limit, *_BOUND_RULES[bound])
        for bound, limit in bounds.items()
        if bound in _BOUND_RULES
    ]

    def check_bounds(value: Any, path: Path) -> None:
        check(value, path)
        if isinstance(value, bool):
            return
        given: object = value  # as it came, for the message (the branches narrow value)
        size: float
        if isinstance(value, int | float):
            size, kind_of_value = value, "number"
        elif isinstance(value, str):
            size, kind_of_value = len(value), "string"
        elif isinstance(value, list | tuple):
            size, kind_of_value = len(cast("list[object]", value)), "array"
        else:
            return  # None, unset, a model: no bound applies
        for bound, limit, kind, ok, code, words in rules:
            if kind != kind_of_value:
                continue
            if not ok(size, limit):
                kind_name = number if kind == "number" else kind
                raise _out_of_bounds(given, size, bound, limit, kind_name, code, words, path)

    return check_bounds


def _check_map(extra: Mapping[str, Any], bounds: Mapping[str, float], path: Path) -> None:
    """A map model's entries against the spec's bounds of it: how many (``maxProperties``),
    and how long each key and each str value may be."""
    most = bounds.get("maxProperties")
    if most is not None and len(extra) > most:
        raise _out_of_bounds(
            extra, len(extra), "maxProperties", most, "object", "above_max_length", "at most", path
        )
    key_most = bounds.get("propertyNames.maxLength")
    value_most = bounds.get("additionalProperties.maxLength")
    for key, value in extra.items():
        if key_most is not None and len(key) > key_most:
            raise _out_of_bounds(
                key,
                len(key),
                "propertyNames.maxLength",
                key_most,
                "string",
                "above_max_length",
                "at most",
                (*path, key),
            )
        if value_most is not None and isinstance(value, str) and len(value) > value_most:
            raise _out_of_bounds(
                value,
                len(value),
                "maxLength",
                value_most,
                "string",
                "above_max_length",
                "at most",
                (*path, key),
            )


def _out_of_bounds(
    value: object,
    size: float,
    bound: str,
    limit: float,
    kind: str,
    code: str,
    words: str,
    path: Path,
) -> _Mismatch:
    """The SDK's message and the API's (its wording and codes for a value out of range:
    ``integer_below_min_value``, ``decimal_above_max_value``, ``string_above_max_length``...)."""
    shown = int(limit) if limit == int(limit) else limit
    below = "below" in code
    if kind in ("integer", "decimal"):
        message = f"must be {words} {shown} (the spec's {bound}), got {_shown(value)}"
        api_message = (
            f"{kind} {'below minimum' if below else 'above maximum'} value. Expected a value "
            f"{_API_OPERATORS[words]} {shown}, but got {_shown(value)} instead."
        )
    else:
        unit = {"string": "characters", "array": "items", "object": "keys"}[kind]
        message = f"must hold {words} {shown} {unit} (the spec's {bound}), got {int(size)}"
        article = "a" if kind == "string" else "an"  # an array, an object
        measure = "number of properties" if kind == "object" else "length"
        api_message = (
            f"{kind} too {'short' if below else 'long'}. Expected {article} {kind} with "
            f"{'minimum' if below else 'maximum'} {measure} {shown}, but got {article} {kind} "
            f"with {measure} {int(size)} instead."
        )
    return _Mismatch(
        path,
        message,
        code=f"{kind}_{code}",
        api_message=f"Invalid '{_format(path)}': {api_message}",
    )


def _first_difference(sent: object, encoded: object, path: Path) -> Path | None:
    """Where the re-encoded event differs from the input (tuples count as lists)."""
    if isinstance(sent, Mapping) and isinstance(encoded, Mapping):
        sent_map = cast("Mapping[object, object]", sent)
        encoded_map = cast("Mapping[object, object]", encoded)
        for key in sent_map:
            if key not in encoded_map:
                return (*path, str(key))
            where = _first_difference(sent_map[key], encoded_map[key], (*path, str(key)))
            if where is not None:
                return where
        extra = [k for k in encoded_map if k not in sent_map]
        return (*path, str(extra[0])) if extra else None
    if isinstance(sent, list | tuple) and isinstance(encoded, list | tuple):
        sent_items = cast("list[object] | tuple[object, ...]", sent)
        encoded_items = cast("list[object] | tuple[object, ...]", encoded)
        if len(sent_items) != len(encoded_items):
            return path
        for index, (a, b) in enumerate(zip(sent_items, encoded_items, strict=True)):
            where = _first_difference(a, b, (*path, index))
            if where is not None:
                return where
        return None
    return None if sent == encoded else path


def _decode(model: type[Any], payload: Mapping[str, Any], prefix: Path) -> Any:
    """``model.from_dict(payload)``, a failure as a :class:`_Mismatch`."""
    try:
        return model.from_dict(payload)
    except KeyError as exc:
        key = exc.args[0] if exc.args else "?"
        missing = (*prefix, key)
        typo = [k for k in payload if isinstance(k, str) and did_you_mean(k, [key])]
        if typo:  # {"modle": ...}: say so, not just that "model" is missing
            where = (*prefix, typo[0])
            raise _Mismatch(
                where,
                f"unknown field,{did_you_mean(typo[0], [key])} ({_format(missing)} is required)",
                code="unknown_parameter",
                api_message=f"Unknown parameter: '{_format(where)}'.",
            ) from None
        raise _Mismatch(
            missing,
            "is required",
            code="missing_required_parameter",
            api_message=f"Missing required parameter: '{_format(missing)}'.",
        ) from None
    except RecursionError:
        raise  # check_payload names a circular or too-deep value by its path
    except Exception as exc:
        raise _Mismatch(
            prefix,
            f"does not match the spec: {exc}",
            code="invalid_value",
            api_message=f"Invalid value for '{_format(prefix) or 'body'}': {exc}",
        ) from None


def check_payload(
    model: type[Any],
    payload: Mapping[str, Any],
    *,
    prefix: Path = (),
    allowed: frozenset[Path] = frozenset(),
    strict: frozenset[str | int] = frozenset(),
) -> Any:
    """Decode and check ``payload`` (found at ``prefix``) against ``model``; returns the model.

    Raises the internal mismatch (see :func:`check_client_event`, :func:`check_session`,
    :func:`api_error` for the public forms). ``allowed``: paths of fields newer than the spec;
    ``strict``: field names whose enum values must be known ones.

    A circular or very deep value (the walk, the generated ``from_dict`` and the comparison
    all recurse) is a mismatch at its path, found by the JSON encoder's iterative walk.
    """
    try:
        event = _decode(model, payload, prefix)
        allowed_token = _ALLOWED.set(allowed)
        strict_token = _STRICT.set(strict)
        try:
            _model_check(cast("type[object]", type(event)))(event, prefix)
        finally:
            _ALLOWED.reset(allowed_token)
            _STRICT.reset(strict_token)
        try:
            encoded = event.to_dict()
        except AttributeError:
            # A value newer than a closed enum (the walk let it through): the generated
            # to_dict cannot encode it, and the payload itself is what gets sent.
            return event
        # Equal as a whole (one comparison in C) is the common case; only a difference is
        # looked for where it is. A payload that differs only by a tuple where the model
        # gives a list compares unequal here and equal in the walk, as before.
        if payload == encoded:
            return event
        where = _first_difference(payload, encoded, prefix)
    except RecursionError:
        found = problem(payload, "", too_deep=True)
        where = prefix if found.path == "value" else (*prefix, found.path)
        raise _Mismatch(
            where,
            found.reason or "nested too deeply to check",
            code="invalid_value",
            api_message=f"Invalid value for '{_format(where) or 'body'}'.",
        ) from None
    if where is not None:
        raise _Mismatch(
            where,
            "does not match the spec (its value does not survive decoding)",
            code="invalid_value",
            api_message=f"Invalid value for '{_format(where)}'.",
        )
    return event


def _newer_paths(value: object, prefix: Path) -> frozenset[Path]:
    """The ``extra=`` paths a session builder vouched for, under ``prefix``."""
    paths: frozenset[Path] = getattr(value, "newer", frozenset())
    return frozenset((*prefix, *path) for path in paths)


def check_client_event(model: type[Any], payload: dict[str, Any]) -> Any:
    """Decode ``payload`` with ``model``, check every field's type, and return the model.

    Raises :class:`InvalidEventError` naming the event type and the field path.

    Example:
        >>> from realtime_generated.models import RealtimeClientEventResponseCreate as M
        >>> check_client_event(M, {"type": "response.create", "response": {"instructions": 5}})
        Traceback (most recent call last):
        ...
        realtime_ext.InvalidEventError: response.create: response.instructions: \
expected str or None, got int 5
    """
    from ._exceptions import InvalidEventError

    kind = payload.get("type", model.__name__)
    nested: object = payload.get("session")
    allowed = _newer_paths(nested, ("session",))
    if isinstance(nested, Mapping) and "type" not in nested and _requires_type(model):
        # The common slip: a hand-written session dict without its kind.
        raise InvalidEventError(f"{kind}: {_MISSING_TYPE}")
    try:
        return check_payload(model, payload, allowed=allowed)
    except _Mismatch as exc:
        raise InvalidEventError(f"{kind}: {exc}") from None


_MISSING_TYPE = (
    "session.type is missing; say which session this is "
    '("type": "realtime" or "transcription"), or build it with '
    "realtime_ext.session.realtime_session(...)"
)


def _requires_type(model: type[Any]) -> bool:
    return model.__name__ == "RealtimeClientEventSessionUpdate"


SessionType = str
"""``"realtime"``, ``"transcription"`` or ``"translation"``: what ``kinds=`` names."""

UNTYPED: frozenset[SessionType] = frozenset({"translation"})
"""The session types whose sessions carry no ``type`` (their endpoints take no other): a
check for one of them alone reads no ``type``."""


def _session_model(kind: SessionType) -> type[Any]:
    from realtime_generated import models

    found: type[Any] = {
        "realtime": models.RealtimeSessionCreateRequestGA,
        "transcription": models.RealtimeTranscriptionSessionCreateRequestGA,
        "translation": models.RealtimeTranslationSessionCreateRequest,
    }[kind]
    return found


def _first_problem(check: Callable[[], object]) -> _Mismatch | None:
    """The mistake ``check`` raises, or None when it passes."""
    try:
        check()
    except _Mismatch as problem:
        return problem
    return None


def payload_problem(
    model: type[Any],
    payload: Mapping[str, Any],
    *,
    strict: frozenset[str | int] = frozenset(),
    allowed: frozenset[Path] = frozenset(),
) -> _Mismatch | None:
    """The first mistake in ``payload`` against ``model`` (see :func:`check_payload`), or
    ``None``; give it to :func:`api_error` for what the API would answer.

    Example:
        >>> from realtime_generated import models
        >>> model = models.RealtimeClientEventInputAudioBufferAppend
        >>> api_error(payload_problem(model, {"type": "input_audio_buffer.append"}))["code"]
        'missing_required_parameter'
    """
    return _first_problem(lambda: check_payload(model, payload, strict=strict, allowed=allowed))


def model_problem(model: object) -> _Mismatch | None:
    """The first mistake in a generated model the SDK built itself (its fields' types and
    spec bounds, walked as built: no decode and no re-encode), or ``None``.

    Example:
        >>> from realtime_generated import models
        >>> str(model_problem(models.RealtimeCreateClientSecretRequestExpiresAfter(seconds=5)))
        "seconds: must be at least 10 (the spec's minimum), got 5"
    """
    return _first_problem(lambda: _model_check(type(model))(model, ()))


def session_problem(
    session: Mapping[str, Any],
    *,
    kinds: tuple[SessionType, ...] = ("realtime", "transcription"),
    strict: bool = False,
    model: type[Any] | None = None,
) -> _Mismatch | None:
    """The first mistake in ``session`` (paths start at ``session``), or ``None``.

    ``model``: the request model of a beta session endpoint, whose whole body is the
    session (it has no ``type``); ``kinds`` is then not read."""
    prefix: Path = ("session",)
    if model is None and len(kinds) == 1 and kinds[0] in UNTYPED:
        model = _session_model(kinds[0])
    elif model is None:
        raw = session.get("type")
        if raw is None:
            return _Mismatch(
                (*prefix, "type"),
                "is missing; say which session this is ("
                + " or ".join(repr(k) for k in kinds)
                + ") or build it with realtime_ext.session.realtime_session(...)",
                code="missing_required_parameter",
                api_message="Missing required parameter: 'session.type'.",
            )
        if raw not in kinds:
            return _unsupported(raw, list(kinds), (*prefix, "type"))
        model = _session_model(str(raw))
    try:
        check_payload(
            model,
            session,
            prefix=prefix,
            allowed=_newer_paths(session, prefix),
            strict=frozenset({"model", STRICT_ALL}) if strict else frozenset(),
        )
    except _Mismatch as exc:
        return exc
    return None


def check_session(
    session: Mapping[str, Any],
    *,
    kinds: tuple[SessionType, ...] = ("realtime", "transcription"),
    model: type[Any] | None = None,
) -> Mapping[str, Any]:
    """Check a session dict before it is sent; returns it unchanged.

    ``kinds``: the session types the entry point takes (``"translation"`` alone for the
    translation endpoints, which have no ``type``); ``model``: instead, the request model
    of a beta session endpoint (see :func:`session_problem`). Raises
    :class:`~realtime_ext.session.SessionConfigError` whose ``keyword`` is the field path.
    Open enums (model, voice) take new names; unknown fields, wrong types and a missing
    ``type`` are errors.

    Example:
        >>> check_session({"type": "realtime", "instrucions": "Hi"})
        Traceback (most recent call last):
        ...
        realtime_ext.SessionConfigError: session.instrucions: unknown field, \
did you mean 'instructions'? (this object takes audio, include, instructions, ...)
    """
    from ._exceptions import SessionConfigError

    if not isinstance(session, Mapping):
        raise SessionConfigError("session", f"expected a dict, got {type(session).__name__}")
    problem = session_problem(session, kinds=kinds, model=model)
    if problem is not None:
        where = _format(problem.path) or "session"
        text = str(problem)
        raise SessionConfigError(where, text[len(where) + 2 :] if text.startswith(where) else text)
    return session


def api_error(problem: _Mismatch) -> dict[str, Any]:
    """The API's ``error`` object for ``problem`` (what the fake server answers).

    Example:
        >>> problem = session_problem({"type": "realtime", "instrucions": "Hi"})
        >>> api_error(problem)["code"], api_error(problem)["param"]
        ('unknown_parameter', 'session.instrucions')
    """
    return {
        "type": "invalid_request_error",
        "code": problem.code,
        "message": problem.api_message,
        "param": _format(problem.path) or None,
    }
