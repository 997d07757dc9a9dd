"""The fake server as Azure OpenAI: ``FakeRealtimeServer(azure=AzureMode(...))``.

Azure serves the Realtime API under the resource's endpoint on two routes, and the fake
answers both, as Microsoft documents them and as the recordings in
``tests/data/realtraffic/azure`` (in the repository) show:

- GA v1: ``/openai/v1/realtime?model=<deployment>`` (WebSocket) and ``/openai/v1/realtime/...``
  (REST); an ``api-version`` there is refused (400);
- preview: ``/openai/realtime?api-version=...&deployment=<deployment>`` and REST under
  ``/openai/realtime/...``; without ``api-version``: 404 ``Resource not found``.

A deployment name stands for its model (``deployments``: name -> model) everywhere Azure
takes a model: the WebSocket's ``model``/``deployment`` query, a REST body's ``session.model``
(client secrets, calls, GPT-Live sessions), and the ``session.model`` of a Realtime
``session.update`` or a GPT-Live ``session.start`` (:class:`AzureClientEvents`). An unknown
one is refused alike on every route: 404 ``DeploymentNotFound`` over HTTP, an ``error``
event with that code and message on a socket. Credentials: ``api-key: <key>`` (the resource key,
``api_key``), or ``Authorization: Bearer <token>`` (an Entra token ``accept_token`` accepts,
or a client secret this server minted). Errors have Azure's shape, ``{"error": {"code",
"message"}}``, not OpenAI's. Then the request goes on to the fake's own endpoints, with the
path, query and model they know.

Example::

    azure = AzureMode(deployments={"my-realtime": "gpt-realtime"}, api_key="0123abcd")
    with FakeRealtimeServer(azure=azure) as server:
        client = AzureRealtimeClient(azure_endpoint=server.azure_endpoint, api_key="0123abcd",
                                     azure_deployment="my-realtime")
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Unpack, cast

from realtime_ext import InvalidArgumentError

from ._events import JSON, ErrorFields
from ._http import HttpError, RecordedRequest
from ._routes import MessageHandler, Send

__all__ = ["AzureClientEvents", "AzureError", "AzureMode"]

DEPLOYMENT_NOT_FOUND = (
    "The API deployment for this resource does not exist. If you created the deployment "
    "within the last 5 minutes, please wait a moment and try again."
)
ACCESS_DENIED = (
    "Access denied due to invalid subscription key or wrong API endpoint. Make sure to "
    "provide a valid key for an active subscription and use a correct regional API "
    "endpoint for your resource."
)
TOKEN_REFUSED = (
    "Unauthorized. Access token is missing, invalid, audience is incorrect "
    "(https://cognitiveservices.azure.com), or have expired."
)
V1_API_VERSION = "api-version query parameter is not allowed when using /v1 path"
_V1 = "/openai/v1"
_PREVIEW = "/openai"
# A multipart offer's session part (its headers, its JSON, the next boundary).
_SESSION_PART = re.compile(rb"(?is)(content-type: application/json\r\n\r\n)(.*?)(\r\n--)")


class AzureError(HttpError):
    """An error answered in Azure's shape: ``{"error": {"code": ..., "message": ...}}``."""

    def body(self) -> dict[str, Any]:
        """Azure's error body (no ``type`` or ``param``)."""
        return {"error": {"code": self.code, "message": self.message}}


@dataclass(frozen=True)
class AzureMode:
    """How the fake stands in for an Azure OpenAI resource.

    ``deployments``: deployment name -> the model it serves (default: ``gpt-realtime`` and
    ``gpt-realtime-mini`` deployed under their own names). ``api_key``: the resource key the
    ``api-key`` header must carry (``None``: any non-empty one). ``accept_token``: whether
    an Entra token is good now (``None``: any non-empty token; a test's provider of expiring
    tokens checks expiry here). Client secrets this server minted are accepted as bearer
    tokens in any case.

    Example::

        AzureMode(deployments={"my-realtime": "gpt-realtime"}, api_key="0123abcd",
                  accept_token=lambda token: token in issued)
    """

    deployments: Mapping[str, str] = field(
        default_factory=lambda: {
            "gpt-realtime": "gpt-realtime",
            "gpt-realtime-mini": "gpt-realtime-mini",
        }
    )
    api_key: str | None = field(default=None, repr=False)
    accept_token: Callable[[str], bool] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.deployments, Mapping) or not self.deployments:
            raise InvalidArgumentError("deployments must be a non-empty mapping of name -> model")
        if self.api_key is not None and (not isinstance(self.api_key, str) or not self.api_key):
            raise InvalidArgumentError("api_key must be a non-empty string or None")
        if self.accept_token is not None and not callable(self.accept_token):
            raise InvalidArgumentError("accept_token must be a function of the token, or None")

    # -- credentials ----------------------------------------------------------------------
    def authenticate(self, headers: Mapping[str, str], minted: Callable[[str], bool]) -> None:
        """Refuse (401, Azure's wording) a request without a good ``api-key`` or bearer
        token; ``minted`` tells the server's own client secrets."""
        key = headers.get("api-key")
        scheme, _, token = headers.get("authorization", "").partition(" ")
        token = token.strip() if scheme.lower() == "bearer" else ""
        if key is not None and token:
            # Azure takes one credential; a client sending both is a bug the fake shows.
            raise AzureError(
                400, "Send either an api-key header or a bearer token, not both.", code="400"
            )
        if key is not None:
            if not key or (self.api_key is not None and key != self.api_key):
                raise AzureError(401, ACCESS_DENIED, code="401")
            return
        if token and (minted(token) or (self.accept_token or bool)(token)):
            return
        raise AzureError(401, TOKEN_REFUSED if token else ACCESS_DENIED, code="401")

    # -- routes ---------------------------------------------------------------------------
    def deployment_model(self, deployment: str) -> str:
        """The model ``deployment`` serves, or 404 ``DeploymentNotFound``."""
        model = self.deployments.get(deployment)
        if model is None:
            raise AzureError(404, DEPLOYMENT_NOT_FOUND, code="DeploymentNotFound")
        return model

    def route(self, path: str, query: dict[str, list[str]]) -> tuple[str, dict[str, list[str]]]:
        """An Azure path and query as the fake's own (``/v1/...``, ``model=``): the route's
        rules checked, the deployment resolved, ``api-version`` and ``webrtcfilter`` taken
        off."""
        query = {name: values for name, values in query.items() if name != "webrtcfilter"}
        if path == _V1 or path.startswith(_V1 + "/"):
            if "api-version" in query:
                raise AzureError(400, V1_API_VERSION, code="BadRequest")
            rest = path[len(_V1) :]
            if "model" in query and "call_id" not in query:
                query["model"] = [self.deployment_model(query["model"][0])]
            return "/v1" + rest, query
        if path.startswith(_PREVIEW + "/"):
            if not query.pop("api-version", None):
                raise AzureError(404, "Resource not found", code="404")
            if "deployment" in query:
                query["model"] = [self.deployment_model(query.pop("deployment")[0])]
            return "/v1" + path[len(_PREVIEW) :], query
        raise AzureError(404, "Resource not found", code="404")

    def request(self, record: RecordedRequest) -> RecordedRequest:
        """A REST request as the fake's endpoints read it: path and query as :meth:`route`
        makes them, and a session's ``model`` (a deployment name) as its model."""
        path, query = self.route(record.path, dict(record.query))
        body = record.body
        if body:
            body = self._models_of(body)
        return replace(record, path=path, query=query, body=body)

    def _models_of(self, body: bytes) -> bytes:
        try:
            data = json.loads(body)
        except ValueError:
            data = None
        if isinstance(data, dict):
            found = cast("dict[str, Any]", data)
            session = found.get("session", found)
            if isinstance(session, dict):
                fields = cast("dict[str, Any]", session)
                model = fields.get("model")
                if isinstance(model, str):
                    fields["model"] = self.deployment_model(model)
                    return json.dumps(found, separators=(",", ":")).encode()
            return body
        # A multipart offer: its session part is JSON.
        return _SESSION_PART.sub(lambda m: m[1] + self._models_of(m[2]) + m[3], body, count=1)


_MODEL_EVENTS = frozenset({"session.update", "session.start"})
"""The client events whose ``session.model`` Azure reads as a deployment: a Realtime
``session.update``'s, a GPT-Live ``session.start``'s."""


class AzureClientEvents:
    """A socket's client events as Azure takes them: the deployment named in a Realtime
    ``session.update``'s or a GPT-Live ``session.start``'s ``session.model`` stands for its
    model; an unknown one is refused with an ``error`` event (``DeploymentNotFound``, as
    the REST routes' 404) and goes no further.

    Example::

        handler = AzureClientEvents(conversation, azure, ws.send_json)
    """

    def __init__(self, handler: MessageHandler, azure: AzureMode, reply: Send) -> None:
        self.handler = handler
        self.azure = azure
        self.reply = reply

    def parse(self, raw: str | bytes) -> JSON | None:
        """As the wrapped handler parses."""
        return self.handler.parse(raw)

    def error_event(self, message: str, **fields: Unpack[ErrorFields]) -> JSON:
        """As the wrapped handler makes them (its API's shape)."""
        return self.handler.error_event(message, **fields)

    def dispatch(self, payload: JSON) -> None:
        """The event with its deployment resolved, to the wrapped handler."""
        found = payload.get("session")
        session = cast("dict[str, Any]", found) if isinstance(found, dict) else {}
        model = session.get("model")
        if payload.get("type") not in _MODEL_EVENTS or not isinstance(model, str):
            self.handler.dispatch(payload)
            return
        try:
            resolved = self.azure.deployment_model(model)
        except AzureError as exc:
            event_id = payload.get("event_id")
            event_id = event_id if isinstance(event_id, str) else None
            self.reply(
                self.error_event(
                    exc.message, code=exc.code, param="session.model", event_id=event_id
                )
            )
            return
        self.handler.dispatch({**payload, "session": {**session, "model": resolved}})
