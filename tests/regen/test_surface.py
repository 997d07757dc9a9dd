"""The generated package covers the whole realtime surface of the spec."""

from __future__ import annotations

import importlib
import inspect
import io
import subprocess
import sys
from typing import Any

import pytest

import realtime_generated
from realtime_generated import event_types, models, unions
from realtime_generated.types import File


def _discover_endpoints() -> dict[str, tuple[str, str]]:
    """Generated endpoint module -> (METHOD, path template), read from the modules themselves.

    Derived, not listed: a spec move that adds or drops an endpoint changes this with it.
    """
    import pkgutil
    from unittest import mock

    from realtime_generated import api

    found: dict[str, tuple[str, str]] = {}
    for group in pkgutil.iter_modules(api.__path__):  # realtime, live (one per spec tag)
        package = importlib.import_module(f"{api.__name__}.{group.name}")
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            PACKAGES[info.name] = module.__name__
            params = inspect.signature(module.request_args).parameters
            args: dict[str, Any] = {p: p.upper() for p in ID_PARAMS if p in params}
            if "body" in params:
                args["body"] = mock.MagicMock()
            kwargs = module.request_args(**args)
            url = kwargs["url"]
            for p in ID_PARAMS:
                url = url.replace(p.upper(), "{" + p + "}")
            found[info.name] = (kwargs["method"].upper(), url)
    return found


ID_PARAMS = ("call_id", "session_id")  # the path parameters: a Realtime call's, a Live session's
PACKAGES: dict[str, str] = {}  # endpoint -> its module
ENDPOINTS = _discover_endpoints()
IDS = {"call_id": "rtc_1", "session_id": "live_1"}


EXAMPLE_BODIES: dict[str, dict[str, Any]] = {
    "accept_realtime_call": {"type": "realtime", "model": "gpt-realtime"},
    "refer_realtime_call": {"target_uri": "tel:+14155550123"},
    "create_realtime_translation_client_secret": {"session": {"model": "gpt-realtime"}},
    "create_live_session": {
        "session": {"model": "gpt-live-1"},
        "transport": {"type": "webrtc", "sdp": "v=0\r\n"},
    },
    "accept_live_session": {"session": {"type": "live", "model": "gpt-live-1"}},
    "reject_live_session": {"status_code": 486},
    "refer_live_session": {"target_uri": "tel:+14155550123"},
    "fork_live_session": {"transport": {"type": "webrtc", "sdp": "v=0\r\n"}},
}


def test_every_spec_endpoint_is_generated(normalised_subset: dict[str, Any]) -> None:
    # The overlay's endpoints (documented by the API reference, missing from the spec) count.
    in_spec = {
        (method.upper(), path)
        for path, item in normalised_subset["paths"].items()
        for method in item
        if method in {"get", "post", "put", "patch", "delete"}
    }
    assert in_spec == set(ENDPOINTS.values())


@pytest.mark.parametrize("name", sorted(ENDPOINTS))
def test_endpoint_has_all_four_callables(name: str) -> None:
    module = importlib.import_module(PACKAGES[name])
    for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        assert callable(getattr(module, function)), f"{name}.{function}"
    assert inspect.iscoroutinefunction(module.asyncio_detailed)
    method, path = ENDPOINTS[name]
    kwargs_fn = module.request_args
    params = inspect.signature(kwargs_fn).parameters
    args: dict[str, Any] = {p: IDS[p] for p in ID_PARAMS if p in params}
    if "body" in params and params["body"].default is inspect.Parameter.empty:
        annotation = params["body"].annotation
        body_cls = annotation if isinstance(annotation, type) else getattr(models, str(annotation))
        if body_cls is File:  # an SDP offer (application/sdp)
            args["body"] = File(payload=io.BytesIO(b"v=0\r\n"))
        else:
            args["body"] = body_cls.from_dict(EXAMPLE_BODIES.get(name, {}))
    kwargs = kwargs_fn(**args)
    assert kwargs["method"] == method
    for p in ID_PARAMS:
        path = path.replace("{" + p + "}", IDS[p])
    assert kwargs["url"] == path
    # The route the spec gives, as realtime_ext reads it (no request built).
    route = (module.METHOD, module.path(**{p: IDS[p] for p in ID_PARAMS if p in params}))
    assert route == (method, path)


def test_every_realtime_schema_has_a_model_or_alias(normalised_subset: dict[str, Any]) -> None:
    schemas = normalised_subset["components"]["schemas"]
    realtime = {name for name in schemas if name.startswith("Realtime")}
    realtime.add("WebhookRealtimeCallIncoming")
    models_ = set(models.__all__)
    aliases = set(unions.__all__)
    missing = sorted(name for name in realtime if name not in models_ | aliases)
    assert not missing
    # Every union in the spec is an alias, and every alias is a union or non-object in the spec.
    spec_unions = {n for n, s in schemas.items() if "anyOf" in s or "oneOf" in s}
    assert spec_unions <= aliases
    for required in (
        "RealtimeServerEvent",
        "RealtimeClientEvent",
        "RealtimeAudioFormats",
        "RealtimeTruncation",
        "RealtimeTurnDetection",
        "RealtimeTranslationServerEvent",
        "RealtimeTranslationClientEvent",
    ):
        assert required in aliases


def test_union_aliases_hold_the_spec_members(upstream_subset: dict[str, Any]) -> None:
    schemas = upstream_subset["components"]["schemas"]
    members = {ref["$ref"].rsplit("/", 1)[1] for ref in schemas["RealtimeServerEvent"]["anyOf"]}
    alias_args = {cls.__name__ for cls in unions.RealtimeServerEvent.__args__}
    assert members == alias_args


def test_event_tables_follow_the_discriminator(upstream_subset: dict[str, Any]) -> None:
    schemas = upstream_subset["components"]["schemas"]
    for table, union in (
        (event_types.SERVER_EVENTS, "RealtimeServerEvent"),
        (event_types.CLIENT_EVENTS, "RealtimeClientEvent"),
        (event_types.TRANSLATION_SERVER_EVENTS, "RealtimeTranslationServerEvent"),
        (event_types.TRANSLATION_CLIENT_EVENTS, "RealtimeTranslationClientEvent"),
    ):
        names = [ref["$ref"].rsplit("/", 1)[1] for ref in schemas[union]["anyOf"]]
        assert sorted(table.values()) == sorted(names)
        for event_type, name in table.items():
            assert schemas[name]["properties"]["type"]["enum"] == [event_type]
    beta = {n for n in schemas if n.startswith("RealtimeBetaServerEvent")}
    assert set(event_types.BETA_SERVER_EVENTS.values()) == beta
    assert event_types.SERVER_EVENTS["response.output_audio.delta"] == (
        "RealtimeServerEventResponseAudioDelta"
    )


def test_spec_is_stamped_into_the_package() -> None:
    import tomllib
    from pathlib import Path

    pin = tomllib.loads((Path(__file__).parents[2] / "openapi" / "pin.toml").read_text())
    assert pin["sha256"] == realtime_generated.SPEC_SHA256
    assert pin["commit"] == realtime_generated.SPEC_COMMIT
    # The distribution's version starts with the spec's info.version (see version.py).
    assert realtime_generated.__version__.startswith(realtime_generated.SPEC_VERSION + ".")
    dist = (Path(__file__).parents[2] / "generated" / "pyproject.toml").read_text()
    assert f'version = "{realtime_generated.__version__}"' in dist


def test_importing_an_endpoint_does_not_import_every_model() -> None:
    code = (
        "import sys\n"
        "from realtime_generated.api.realtime import create_realtime_client_secret, "
        "create_realtime_call\n"
        "from realtime_generated import models\n"
        "loaded = [m for m in sys.modules if m.startswith('realtime_generated.models.')]\n"
        "print(len(loaded))\n"
        "models.RealtimeServerEventResponseAudioDelta\n"
        "print(len([m for m in sys.modules if m.startswith('realtime_generated.models.')]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    first, second = (int(x) for x in out.stdout.split())
    assert first < 30, f"{first} model modules loaded by importing two endpoints"
    assert second == first + 2  # the event and its `type` enum, nothing else


def test_lazy_models_namespace_behaves_like_a_module() -> None:
    assert "RealtimeSessionCreateRequestGA" in dir(models)
    with pytest.raises(AttributeError, match="NoSuchModel"):
        models.NoSuchModel  # noqa: B018
