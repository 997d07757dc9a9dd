"""Wire message -> typed event, dispatched on ``type`` through the generated tables.

The tables (``realtime_generated.event_types``) are derived from the spec's
discriminators; classes are resolved on first use and cached per decoder, so the hot
path is one JSON parse, one dict lookup and one constructor call.

Flat events (every field a plain value: the deltas, most of the traffic) are decoded
straight from the wire bytes into their fields (``realtime_generated._fast_events.WIRE``:
msgspec reads exactly those fields, so no dict is built and each value, the base64 audio
too, is read once). A flat type is found the first time by its ``type`` written first, as
servers write it; from then on one msgspec parse takes every flat type seen so far, told
apart by the value of ``type`` (a tagged union: no Python reads the type first). Whatever
that refuses (another type, a field the spec does not state) takes the dict way, which
holds every rule. Receive loops get the event with the JSON object it was decoded from,
or ``None`` for those: their fields are the event's.

The JSON parse is ``msgspec``'s where it is installed (a dependency on CPython): about
1.2 µs per event of a realistic mix against 4 µs for ``json.loads``, the largest single
cost of receiving. It is used only where it gives what ``json.loads`` gives: anything it
refuses (NaN, integers past its range, lone surrogates, deep nesting, not UTF-8...) goes
to ``json.loads``, so results and errors are the standard library's.
tests/events/test_json_parse.py holds the two to the same values.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from json import loads as _json_loads
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from realtime_generated import event_types, models
from realtime_generated._fast_events import WIRE

from .._exceptions import EventDecodeError, InvalidArgumentError
from .._redact import short_repr
from ._fast import Decode, dict_way_struct, fast_decoder, union_decoder, wire_struct_of
from ._payload import to_payload
from ._unknown import UnknownEvent

if TYPE_CHECKING:
    from typing import TypeAlias

    from realtime_generated import event_unions

    # Each generated member has `type: ClassVar[Literal["..."]]` and UnknownEvent's `type` is
    # the literal "unknown", so `if event.type == "response.done":` narrows to one model.
    ServerEvent: TypeAlias = event_unions.ServerEvent | UnknownEvent
    ClientEvent: TypeAlias = event_unions.ClientEvent | UnknownEvent
    BetaServerEvent: TypeAlias = event_unions.BetaServerEvent | UnknownEvent
    BetaClientEvent: TypeAlias = event_unions.BetaClientEvent | UnknownEvent

RawMessage = str | bytes | bytearray | Mapping[str, Any]


class Event(Protocol):
    """Anything that serialises to a JSON event object (generated models, UnknownEvent)."""

    def to_dict(self) -> dict[str, Any]:
        """The event as the JSON object that goes on the wire."""
        ...


Loads = Callable[[str | bytes | bytearray], Any]


def std_loads(message: str | bytes | bytearray) -> Any:
    """``json.loads``, with a strict UTF-8 decode of ``bytes`` first: ``json.loads(bytes)``
    sniffs the encoding in Python and decodes with an error handler (about 1 µs more per
    event). What that decode refuses raises, and the decoder then asks ``json.loads``."""
    return _json_loads(message.decode() if type(message) is bytes else message)


_STD_REFUSALS: tuple[type[Exception], ...] = (ValueError, TypeError, RecursionError)


def _first_parse() -> tuple[Loads, tuple[type[Exception], ...]]:
    """The parse to try first and what it raises for a message ``json.loads`` then decides
    about: msgspec's (its errors are ValueErrors from 0.19 on; 0.18, the floor, raises its
    own base class), else :func:`std_loads`."""
    try:
        from msgspec import MsgspecError
        from msgspec.json import Decoder
    except ImportError:  # not CPython, or left out: the standard library's parser
        return std_loads, _STD_REFUSALS
    loads: Loads = Decoder().decode
    return loads, (*_STD_REFUSALS, MsgspecError)


LOADS, REFUSED = _first_parse()
"""``LOADS``: the JSON parse the decoders try first (``msgspec``'s, else :func:`std_loads`);
``REFUSED``: what it raises when it leaves a message to ``json.loads`` (deep nesting too)."""


Decoded = tuple[Any, dict[str, Any] | None]
"""What a receive loop gets from a decoder: the typed event and the JSON object it was
decoded from (read-only: extensions that read nested objects use it instead of a
``to_dict()`` of the event), or ``None`` for a flat event decoded straight from the wire
bytes (no object was built: its fields are the event's)."""


_E = TypeVar("_E")


class Decoder(Generic[_E]):
    """One dispatch table with its resolved-class cache; ``_E`` is the union it decodes to.

    ``pair`` is the receive loops' entry point: a plain function (a closure over the cache
    and the parse) returning the event and its JSON object, which the conversation hands
    to its extensions as arguments. ``decode`` returns the event alone (the ``parse_*``
    functions); calling the instance itself goes through ``__call__``, a slot call the
    interpreter does not specialise."""

    __slots__ = (
        "_build",
        "_cache",
        "_learn",
        "_learned",
        "_loads",
        "_lock",
        "_names",
        "_wire",
        "decode",
        "pair",
    )

    def __init__(self, names: Mapping[str, str], loads: Loads = LOADS) -> None:
        self._names = names
        self._loads = loads
        self._cache: dict[str, Decode | None] = {}
        # The flat events' decoders from the wire message, by their type (as bytes, and as
        # text for transports that hand over str), with msgspec's parse only: json.loads'
        # decoders keep to dicts. Each starts as a stub that resolves it on first use, and
        # then joins the flat types parsed at once by their type (_learn).
        self._wire: dict[bytes | str, Callable[[bytes | str], Any]] = {}
        if loads is not std_loads:
            for kind, name in names.items():
                if name in WIRE:
                    stub = self._wire_stub(kind, name)
                    self._wire[kind] = self._wire[kind.encode()] = stub
        # The builder of each flat type's struct (the union's members so far); None for a
        # type that takes the dict way (its struct reads no field).
        self._build: dict[type[Any], Callable[[Any], Any] | None] = {}
        # Learning a type (its struct, the union rebuilt with it) happens once per type and
        # process, under this lock: two threads receiving the same new type at once would
        # otherwise both add a struct tagged with it, and msgspec refuses a union with two
        # members of one tag, for every message from then on. The hot path takes no lock:
        # it reads the union and the builders, which are only ever replaced or added to
        # whole (the union is built before it is published, each builder before its struct
        # can come out of a union).
        self._lock = threading.Lock()
        self._learned: dict[str, type[Any]] = {}  # wire type -> its struct in the union
        self._learn: Callable[[type[Any]], None] = _unlearned
        self.pair: Callable[[RawMessage], Decoded] = self._hot_path()
        pair = self.pair

        def decode(message: RawMessage) -> Any:
            return pair(message)[0]

        self.decode: Callable[[RawMessage], _E] = decode

    def _hot_path(self) -> Callable[[RawMessage], Decoded]:
        cache, loads, full, dispatch = self._cache, self._loads, self._full, self._dispatch
        wire, build = self._wire, self._build
        union: Callable[[Any], Any] | None = None  # a dict or bytearray: refused, caught

        def learn(struct: type[Any]) -> None:  # under self._lock
            nonlocal union
            union = union_decoder(tuple(build))

        self._learn = learn

        def pair(message: RawMessage) -> Decoded:
            # A flat event of a type already seen: one parse, by its type, straight into
            # its fields (its struct), and the event built from them; anything else (a
            # type not flat, or not seen yet, a shape the spec does not state, not JSON)
            # goes on below.
            if union is not None:
                try:
                    wired = union(message)
                    made = build[type(wired)]
                    if made is not None:
                        return made(wired), None
                except Exception:
                    pass
                else:  # a type seen taking the dict way: told by the union, with no error
                    return parsed(message)
            # A flat event whose type comes first ({"type":"..." or {"type": "...", as
            # servers write them), not seen yet: its decoder from the message, which takes
            # that exact shape only (and joins the union); anything it refuses comes the
            # dict way. (A message written some other way finds no decoder here.)
            wired_decode: Callable[[bytes | str], Any] | None = None
            try:
                if type(message) is bytes:
                    start = 10 if message[8] == 32 else 9
                    end = message.find(b'"', start)
                    if end > 0 and (wired_decode := wire.get(message[start:end])) is not None:
                        return wired_decode(message), None
                elif type(message) is str:
                    start = 10 if message[8] == " " else 9
                    end = message.find('"', start)
                    if end > 0 and (wired_decode := wire.get(message[start:end])) is not None:
                        return wired_decode(message), None
            except Exception:  # too short, not that shape, not JSON: the dict way decides
                pass
            return parsed(message)

        def parsed(message: RawMessage) -> Decoded:
            # Wire bytes or text that parse to a dict whose type has a resolved decoder
            # (nearly every other event), in as few steps as that takes. Anything else, and
            # any doubt, goes to _full or _dispatch, which hold every rule.
            if type(message) is bytes or type(message) is str:
                data: dict[str, Any]
                try:
                    data = loads(message)
                except REFUSED:
                    return full(message)
                if type(data) is not dict:
                    return full(message)  # it raises, as json.loads' result would
                kind = data.get("type")
                if type(kind) is str:
                    event_decode = cache.get(kind)
                    if event_decode is not None:
                        try:
                            return event_decode(data), data
                        except Exception as exc:  # a shape the spec does not describe
                            return UnknownEvent(kind, data, exc), data
                return dispatch(data)
            return full(message)

        return pair

    def _wire_stub(self, kind: str, name: str) -> Callable[[bytes | str], Any]:
        keys = (kind, kind.encode())

        def first(message: bytes | str) -> Any:
            with self._lock:  # another thread may be here for the same type: learn it once
                struct = self._learned.get(kind)
                if struct is None:
                    found = wire_struct_of(getattr(models, name), kind)  # None: no msgspec
                    for key in keys:  # from now on the union parses it (or the dict way does)
                        self._wire.pop(key, None)
                    if found is None:
                        raise LookupError(name)  # this message: the dict way
                    struct, made = found
                    self._build[struct] = made
                    self._learned[kind] = struct
                    self._learn(struct)
                build = self._build[struct]
            assert build is not None  # a flat type's struct always has its builder
            return build(union_decoder((struct,))(message))

        return first

    def _resolve(self, kind: str) -> Decode | None:
        name = self._names.get(kind)
        if name is None:
            # Not a type of this table: not cached, so a server inventing types cannot grow
            # the cache without bound (the lookup above is all it costs each time).
            return None
        with self._lock:  # once per type and process, as the stubs' learning
            decode = self._cache.get(kind)
            if decode is not None:
                return decode
            cls = getattr(models, name)
            decode = fast_decoder(cls) or cls.from_dict
            if name not in WIRE and self._loads is not std_loads and kind not in self._learned:
                # Not flat: the dict way, from now on told by the union with no error (a
                # refused parse raising cost more than parsing the rest of a small event).
                struct = dict_way_struct(name, kind)
                self._build[struct] = None
                self._learned[kind] = struct
                self._learn(struct)
            self._cache[kind] = decode
        return decode

    def __call__(self, message: RawMessage) -> Any:
        return self.decode(message)

    def _full(self, message: RawMessage) -> Decoded:
        # Every rule, cheapest checks first (an ABC isinstance is slow).
        data: dict[str, Any]
        if isinstance(message, _TEXT):
            try:
                data = self._loads(message)
            except REFUSED:
                # Any doubt (NaN, huge numbers, not UTF-8, a BOM, not JSON): json.loads
                # decides, so values and errors are the standard library's.
                data = _loads_as_before(message)
            if not isinstance(data, dict):  # JSON text of an array, a string, a number...
                raise _not_object(data)
        elif isinstance(message, dict):
            data = message
        elif isinstance(message, Mapping):
            data = dict(message)
        else:
            raise EventDecodeError(
                f"expected JSON text, bytes or a dict, got {type(message).__name__}"
            )
        return self._dispatch(data)

    def _dispatch(self, data: dict[str, Any]) -> Decoded:
        kind = data.get("type")
        if not isinstance(kind, str):
            return UnknownEvent("" if kind is None else str(kind), data), data
        decode = self._cache.get(kind, _UNRESOLVED)
        if decode is _UNRESOLVED:
            decode = self._resolve(kind)
        if decode is None:
            return UnknownEvent(kind, data), data
        try:
            return decode(data), data
        except Exception as exc:  # a shape the spec does not describe: keep the data
            return UnknownEvent(kind, data, exc), data


_TEXT = (str, bytes, bytearray)


def _loads_as_before(message: str | bytes | bytearray) -> Any:
    try:
        return _json_loads(message)
    except _STD_REFUSALS as exc:
        raise _not_json(message, exc) from exc


_UNRESOLVED: Any = object()


def _unlearned(struct: type[Any]) -> None:
    """What a decoder's ``_learn`` is until its hot path is made."""


def _not_json(message: str | bytes | bytearray, exc: Exception) -> EventDecodeError:
    return EventDecodeError(f"message is not valid JSON ({len(message)} chars/bytes): {exc}")


def _not_object(data: object) -> EventDecodeError:
    return EventDecodeError(
        f"message is JSON but not an object (got {type(data).__name__}); "
        "every Realtime event is a JSON object with a 'type'"
    )


_SERVER: Decoder[ServerEvent] = Decoder(event_types.SERVER_EVENTS)
_CLIENT: Decoder[ClientEvent] = Decoder(event_types.CLIENT_EVENTS)
_BETA_SERVER: Decoder[BetaServerEvent] = Decoder(event_types.BETA_SERVER_EVENTS)
_BETA_CLIENT: Decoder[BetaClientEvent] = Decoder(event_types.BETA_CLIENT_EVENTS)


def parse_server_event(message: RawMessage) -> ServerEvent:
    """Decode one server message (JSON text, bytes or an already-decoded dict).

    Returns the generated model for its ``type``; an unknown type, or a known type whose
    fields do not decode, gives an :class:`UnknownEvent` holding the raw dict. Only a
    message that is not a JSON object raises (:class:`EventDecodeError`).

    The result narrows in mypy and pyright: after ``if event.type == "response.done":``
    the checker knows the one model and its fields. Unknown events have ``type ==
    "unknown"`` (their wire type is ``event.wire_type``), so they never match a known type.

    Example:
        >>> event = parse_server_event('{"type": "input_audio_buffer.cleared", "event_id": "e1"}')
        >>> if event.type == "input_audio_buffer.cleared":
        ...     print(type(event).__name__, event.event_id)
        RealtimeServerEventInputAudioBufferCleared e1
    """
    return _SERVER.decode(message)


def parse_client_event(message: RawMessage) -> ClientEvent:
    """Decode one client event (for servers, proxies and logs); same rules as the server side.

    Example:
        >>> parse_client_event({"type": "input_audio_buffer.commit"}).to_dict()
        {'type': 'input_audio_buffer.commit'}
    """
    return _CLIENT.decode(message)


def parse_beta_server_event(message: RawMessage) -> BetaServerEvent:
    """Decode one server message of the beta protocol (``OpenAI-Beta: realtime=v1``).

    Example:
        >>> type(parse_beta_server_event({"type": "x.y"})).__name__
        'UnknownEvent'
    """
    return _BETA_SERVER.decode(message)


def parse_beta_client_event(message: RawMessage) -> BetaClientEvent:
    """Decode one client event of the beta protocol.

    Example:
        >>> parse_beta_client_event({"type": "input_audio_buffer.clear"}).to_dict()
        {'type': 'input_audio_buffer.clear'}
    """
    return _BETA_CLIENT.decode(message)


_PAIRS: dict[Any, Callable[[RawMessage], Decoded]] = {
    parse_server_event: _SERVER.pair,
    parse_client_event: _CLIENT.pair,
    parse_beta_server_event: _BETA_SERVER.pair,
    parse_beta_client_event: _BETA_CLIENT.pair,
}
"""Each ``parse_*`` function's decoder, for :func:`wire_decoder`; a session kind's module
adds its own with :func:`paired`."""

_Parse = TypeVar("_Parse", bound=Callable[[Any], Any])


def paired(decoder: Decoder[Any]) -> Callable[[_Parse], _Parse]:
    """Register the decorated ``parse_*`` function as ``decoder``'s public wrapper, so that
    :func:`wire_decoder` of it is the decoder's own pair (a session kind's module declares
    its parse functions with it, as :mod:`._live` does).

    Example::

        _SERVER: Decoder[MyServerEvent] = Decoder(event_types.MY_SERVER_EVENTS)

        @paired(_SERVER)
        def parse_my_server_event(message: RawMessage) -> MyServerEvent:
            return _SERVER.decode(message)
    """

    def register(parse: _Parse) -> _Parse:
        _PAIRS[parse] = decoder.pair
        return parse

    return register


def wire_decoder(parse: Callable[[Any], Any]) -> Callable[[RawMessage], Decoded]:
    """What a receive loop decodes with: message -> (event, the JSON object it came from).

    For the ``parse_*`` functions, the decoder behind them, called without the public
    wrapper's frame; any other parse function is called and its event's JSON object
    taken from ``to_dict()`` (or the object itself when it returned a dict).

    Example:
        >>> event, data = wire_decoder(parse_server_event)('{"type": "x.y", "n": 1}')
        >>> event.type, data
        ('unknown', {'type': 'x.y', 'n': 1})
    """
    if not callable(parse):  # also: an unhashable value never reaches the table's lookup
        raise InvalidArgumentError(
            "wire_decoder(): parse must be a parse function such as parse_server_event, "
            f"got {short_repr(parse)}"
        )
    found = _PAIRS.get(parse)
    if found is not None:
        return found

    def pair(message: RawMessage) -> Decoded:
        event = parse(message)
        data: dict[str, Any] = to_payload(event, lenient=True)  # a dict: itself
        return event, data

    return pair
