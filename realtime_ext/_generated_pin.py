"""The realtime-ext-generated build this realtime-ext was made with (scripts/regen.py)."""

GENERATED_VERSION = "2.3.0.20260821.16777263"
SPEC_SHA256 = "db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8"
