"""Regen keeps events narrowable: literal ``type`` constants, one union per event table."""

from __future__ import annotations

from pathlib import Path

import pytest

from realtime_ext.events import UnknownEvent
from realtime_generated import event_types, event_unions, models
from regen_lib import event_typing

TABLES = {name: getattr(event_types, name) for name in event_typing.ALIASES}


def test_every_event_model_carries_its_type_as_a_class_constant() -> None:
    for table, entries in TABLES.items():
        for event_type, name in entries.items():
            cls = getattr(models, name)
            assert cls.type == event_type, (table, name)
            assert "type" not in {f.name for f in cls.__attrs_attrs__}, name  # not a field


def test_unions_hold_exactly_each_table() -> None:
    for table, alias in event_typing.ALIASES.items():
        members = set(getattr(event_unions, alias).__args__)
        assert members == {getattr(models, n) for n in TABLES[table].values()}, alias


def test_unknown_events_reserve_a_type_no_spec_event_uses() -> None:
    assert UnknownEvent.type == event_typing.RESERVED_UNKNOWN
    assert all(UnknownEvent.type not in entries for entries in TABLES.values())


def _package(tmp_path: Path, body: str) -> Path:
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "ev.py").write_text(
        "from typing import ClassVar, Literal\n\n\nclass Ev:\n" + body, encoding="utf-8"
    )
    return tmp_path


def test_regen_fails_when_an_event_would_not_narrow(tmp_path: Path) -> None:
    as_property = "    @property\n    def type(self) -> str:\n        return 'a.b'\n"
    with pytest.raises(RuntimeError, match=r"Ev.type is None, expected 'a.b'"):
        event_typing.check_literal_types(
            _package(tmp_path, as_property), {"SERVER_EVENTS": {"a.b": "Ev"}}, {"Ev": "ev"}
        )


def test_regen_fails_on_a_wrong_literal_or_a_reserved_name(tmp_path: Path) -> None:
    package = _package(tmp_path, '    type: ClassVar[Literal["a.c"]] = "a.c"\n')
    with pytest.raises(RuntimeError, match=r"Ev.type is 'a.c', expected 'a.b'"):
        event_typing.check_literal_types(package, {"T": {"a.b": "Ev"}}, {"Ev": "ev"})
    with pytest.raises(RuntimeError, match="a spec event is called 'unknown'"):
        event_typing.check_literal_types(package, {"T": {"unknown": "Ev"}}, {"Ev": "ev"})
    event_typing.check_literal_types(package, {"T": {"a.c": "Ev"}}, {"Ev": "ev"})  # passes
