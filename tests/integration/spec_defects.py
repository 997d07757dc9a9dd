"""Requests the SDK sends correctly that Prism, serving the *unpatched* upstream spec, rejects.

Each entry names the request, why the upstream spec (or Prism) is wrong, where the fix lives
(``overlay_target``: the action in openapi/overlay.yaml; None for a Prism limitation) and the
exact request violations Prism reports, as ``(location, code, message)``. The integration
tests assert that Prism reports exactly these, so an entry that stops being true (a fixed
spec, a newer Prism) fails loudly and is removed here.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "BETA_SESSION_CLIENT_SECRET",
    "DEFECTS",
    "GA_INPUT_NULL_TURNS_OFF",
    "MULTIPART_SESSION_PART",
    "SpecDefect",
]

ViolationKey = tuple[tuple[str, ...], str, str]


@dataclass(frozen=True)
class SpecDefect:
    """One known false rejection by Prism."""

    name: str
    method: str
    path: str
    why: str
    overlay_target: str | None
    violations: frozenset[ViolationKey]


BETA_SESSION_CLIENT_SECRET = SpecDefect(
    name="beta-session-requires-client-secret",
    method="POST",
    path="/realtime/sessions",
    why=(
        "RealtimeSessionCreateRequest marks `client_secret` (the response's ephemeral key) "
        "required; the API and the official openai package do not send it."
    ),
    overlay_target="$.components.schemas.RealtimeSessionCreateRequest.required",
    violations=frozenset(
        {(("body",), "required", "Request body must have required property 'client_secret'")}
    ),
)

MULTIPART_SESSION_PART = SpecDefect(
    name="multipart-session-part-must-be-object",
    method="POST",
    path="/realtime/calls",
    why=(
        "Prism 5.16 ignores the multipart `encoding.session.contentType: application/json` "
        "and validates the JSON `session` part as a string (see the strict xfail in "
        "tests/kit/test_prism_mock.py)."
    ),
    overlay_target=None,
    violations=frozenset(
        {(("body", "session"), "type", "Request body property session must be object")}
    ),
)

GA_INPUT_NULL_TURNS_OFF = SpecDefect(
    name="ga-input-transcription-noise-reduction-null",
    method="POST",
    path="/realtime/client_secrets",
    why=(
        "The spec's prose for RealtimeSessionCreateRequestGA audio.input.transcription and "
        "audio.input.noise_reduction says `null` turns them off, but their schemas allow only "
        "an object. realtime_session(transcription=None, noise_reduction=None) sends the "
        "documented null; the generated models accept it through the nullable_optionals rule "
        "of scripts/regen_lib/normalise.py."
    ),
    overlay_target=None,
    violations=frozenset(
        {
            (
                ("body", "session", "audio", "input", "transcription"),
                "type",
                "Request body property session.audio.input.transcription must be object",
            ),
            (
                ("body", "session", "audio", "input", "noise_reduction"),
                "type",
                "Request body property session.audio.input.noise_reduction must be object",
            ),
            (
                ("body", "session", "type"),
                "enum",
                "Request body property session.type must be equal to one of the allowed values: "
                "transcription",
            ),
            (
                ("body", "session"),
                "oneOf",
                "Request body property session must match exactly one schema in oneOf",
            ),
        }
    ),
)

DEFECTS = (BETA_SESSION_CLIENT_SECRET, MULTIPART_SESSION_PART, GA_INPUT_NULL_TURNS_OFF)
