"""The spec's multipart ``encoding`` reaches the generated ``to_multipart()`` (regen_lib.multipart).

openapi-python-client ignores ``encoding``; regen rewrites each named part's Content-Type
from the spec (no model or part is named in the step), leaves other parts alone, and fails
loudly when the generated code is not in the form it rewrites. Each such model gets
``encode_multipart(...)``, the same parts from content already serialised, and the package
one encoder (``realtime_generated.multipart``) that it and the operations send with.
"""

from __future__ import annotations

import copy
import email.parser
import email.policy
import io
import json
from pathlib import Path
from typing import Any

import pytest

from realtime_generated.api.realtime import create_realtime_call
from realtime_generated.models import RealtimeCallCreateRequest, RealtimeSessionCreateRequestGA
from realtime_generated.types import UNSET
from regen_lib import multipart

# The form openapi-python-client 0.29.1 writes (before formatting), with a union part.
GENERATED = '''from __future__ import annotations

import json
from .. import types
from ..types import UNSET, Unset


class Upload:
    """Docstring with a line\u2028separator and ünïcode (offsets must survive both)."""

    offer: str
    note: str
    config: Config | None | Unset = UNSET

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("offer", (None, str(self.offer).encode(), "text/plain")))

        files.append(("note", (None, str(self.note).encode(), "text/plain")))

        if not isinstance(self.config, Unset) and self.config is not None:
            if isinstance(self.config, Config):

                files.append(("config", (None, json.dumps( self.config.to_dict()).encode(), "application/json")))
            else:
                files.append(("config", (None, str(self.config).encode(), "text/plain")))

        return files
'''  # noqa: E501 (the generator's unformatted output)


def _spec(encoding: dict[str, Any], schema: dict[str, Any] | None = None) -> dict[str, Any]:
    media = {"schema": schema or {"$ref": "#/components/schemas/Upload"}, "encoding": encoding}
    return {
        "paths": {
            "/uploads": {
                "post": {"requestBody": {"content": {"multipart/form-data": media}}},
                "get": {"responses": {}},
            },
            "/other": {"post": {"requestBody": {"content": {"application/json": {"schema": {}}}}}},
        },
        "components": {"schemas": {"Upload": {"type": "object"}}},
    }


ENCODING = {
    "offer": {"contentType": "application/sdp"},
    "config": {"contentType": "application/json"},
}


def _package(tmp_path: Path, source: str = GENERATED) -> Path:
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "upload.py").write_text(source, encoding="utf-8")
    return tmp_path


def test_the_declared_types_come_from_the_spec() -> None:
    assert multipart.declared_encodings(_spec(ENCODING)) == {
        "Upload": {"offer": "application/sdp", "config": "application/json"}
    }
    # A part declared without a contentType (headers, style) keeps the generator's type.
    only_headers = {"offer": {"headers": {"X-A": {"schema": {"type": "string"}}}}}
    assert multipart.declared_encodings(_spec(only_headers)) == {}


def test_a_request_body_by_reference_is_followed() -> None:
    spec = _spec(ENCODING)
    body = spec["paths"]["/uploads"]["post"]["requestBody"]
    spec["components"]["requestBodies"] = {"UploadBody": body}
    spec["paths"]["/uploads"]["post"]["requestBody"] = {
        "$ref": "#/components/requestBodies/UploadBody"
    }
    assert multipart.declared_encodings(spec)["Upload"]["offer"] == "application/sdp"


def test_named_parts_get_their_declared_type_and_others_keep_theirs(tmp_path: Path) -> None:
    package = _package(tmp_path)
    applied = multipart.apply_encodings(_spec(ENCODING), package, {"Upload": "upload"})
    assert applied == ["Upload.config: application/json", "Upload.offer: application/sdp"]
    text = (package / "models" / "upload.py").read_text(encoding="utf-8")
    assert 'files.append(("offer", (None, str(self.offer).encode(), "application/sdp")))' in text
    # Not named by the encoding: what the generator wrote.
    assert 'files.append(("note", (None, str(self.note).encode(), "text/plain")))' in text
    # A JSON part's non-model branch is JSON too, not str()'s Python repr.
    assert (
        'files.append(("config", (None, json.dumps(self.config).encode(), "application/json")))'
    ) in text
    assert "json.dumps( self.config.to_dict())" in text
    assert "\u2028separator and ünïcode" in text
    declared = multipart.declared_encodings(_spec(ENCODING))["Upload"]
    rewritten = multipart.rewrite_to_multipart(GENERATED, "Upload", declared)
    changed = [
        (a.strip(), b.strip())
        for a, b in zip(GENERATED.split("\n"), rewritten.split("\n"), strict=True)
        if a != b
    ]
    assert [b for _, b in changed] == [
        'files.append(("offer", (None, str(self.offer).encode(), "application/sdp")))',
        'files.append(("config", (None, json.dumps(self.config).encode(), "application/json")))',
    ]
    # Applying it again changes nothing.
    assert multipart.rewrite_to_multipart(rewritten, "Upload", declared) == rewritten
    # The rest of the module is the rewrite plus the encoder from serialised parts.
    assert text == multipart.add_encoder(rewritten, "Upload")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        # The generator appends a part in another form (a file tuple, a helper call).
        (
            '("offer", (None, str(self.offer).encode(), "text/plain"))',
            '("offer", self.offer.to_tuple())',
            r"part 'offer' is appended as .*update scripts/regen_lib/multipart\.py",
        ),
        (
            '(None, str(self.offer).encode(), "text/plain")',
            "(None, str(self.offer).encode(), content_type)",
            "part 'offer' is appended as",
        ),
        # The part the encoding names is not written at all (renamed, or built another way).
        (
            'files.append(("offer", ',
            'files.insert(0, ("offer", ',
            r"writes no part named 'offer'",
        ),
        ("def to_multipart(", "def to_form(", "has no to_multipart"),
        ("class Upload:", "class Uploaded:", "Upload: no such class"),
        ("import json\n", "", "no longer imports json"),
    ],
    ids=["file-tuple", "computed-type", "no-append", "no-method", "no-class", "no-json"],
)
def test_an_unexpected_generated_form_fails_loudly(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    assert old in GENERATED
    package = _package(tmp_path, GENERATED.replace(old, new))
    before = (package / "models" / "upload.py").read_text(encoding="utf-8")
    with pytest.raises(multipart.MultipartEncodingError, match=message):
        multipart.apply_encodings(_spec(ENCODING), package, {"Upload": "upload"})
    assert (package / "models" / "upload.py").read_text(encoding="utf-8") == before


@pytest.mark.parametrize(
    ("encoding", "schema", "message"),
    [
        ({"offer": {"contentType": "image/png, image/jpeg"}}, None, "not one concrete media type"),
        ({"offer": {"contentType": "image/*"}}, None, "not one concrete media type"),
        ({"offer": {"contentType": 'text/plain; a="b"'}}, None, "not one concrete media type"),
        (ENCODING, {"type": "object"}, "schema is inline"),
    ],
    ids=["list", "wildcard", "quoted-parameter", "inline-schema"],
)
def test_a_spec_encoding_that_cannot_be_applied_fails_loudly(
    encoding: dict[str, Any], schema: dict[str, Any] | None, message: str
) -> None:
    with pytest.raises(multipart.MultipartEncodingError, match=message):
        multipart.declared_encodings(_spec(encoding, schema))


def test_a_model_the_generator_did_not_make_fails_loudly(tmp_path: Path) -> None:
    with pytest.raises(multipart.MultipartEncodingError, match="no generated model"):
        multipart.apply_encodings(_spec(ENCODING), _package(tmp_path), {})


def test_a_regen_failure_is_reported_as_a_regen_problem() -> None:
    from regen_lib import generate

    # cli.main prints GeneratorError as "regen: ..." and exits 1 (no traceback).
    assert issubclass(multipart.MultipartEncodingError, generate.GeneratorError)


def test_the_pinned_spec_declares_sdp_and_json_parts(normalised_subset: dict[str, Any]) -> None:
    declared = multipart.declared_encodings(copy.deepcopy(normalised_subset))
    assert declared == {
        "RealtimeCallCreateRequest": {"sdp": "application/sdp", "session": "application/json"}
    }


def _sent_parts(args: dict[str, Any]) -> list[tuple[str, str, bytes]]:
    """(name, Content-Type, content) of each part of a request_args multipart body."""
    head = b"Content-Type: " + args["headers"]["Content-Type"].encode() + b"\r\n\r\n"
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + args["content"])
    assert message.is_multipart()
    return [
        (
            str(part.get_param("name", header="content-disposition")),
            part.get_content_type(),
            part.get_payload(decode=True),
        )
        for part in message.iter_parts()  # type: ignore[attr-defined]
    ]


def test_the_generated_create_call_sends_the_declared_types() -> None:
    session = RealtimeSessionCreateRequestGA(type_="realtime", model="gpt-realtime")
    body = RealtimeCallCreateRequest(sdp="v=0\r\n", session=session)
    args = create_realtime_call.request_args(body=body)
    assert "files" not in args  # encoded by the package, not by httpx
    parts = _sent_parts(args)
    assert [(name, ctype) for name, ctype, _ in parts] == [
        ("sdp", "application/sdp"),
        ("session", "application/json"),
    ]
    assert parts[0][2] == b"v=0\r\n"
    assert json.loads(parts[1][2]) == {"type": "realtime", "model": "gpt-realtime"}
    # A session the model could not type (kept as a dict) is still JSON, never a repr.
    loose = RealtimeCallCreateRequest.from_dict({"sdp": "v=0\r\n", "session": {"model": "m"}})
    assert loose.to_multipart()[1] == ("session", (None, b'{"model": "m"}', "application/json"))


def test_json_types_are_recognised_with_parameters_and_suffixes() -> None:
    assert multipart.is_json("application/json")
    assert multipart.is_json("application/json; charset=utf-8")
    assert multipart.is_json("application/merge-patch+json")
    assert not multipart.is_json("application/sdp")
    assert not multipart.is_json("text/plain")


def test_an_unset_or_none_session_is_no_part() -> None:
    for session in (None, UNSET):
        parts = RealtimeCallCreateRequest(sdp="v=0\r\n", session=session).to_multipart()
        assert parts == [("sdp", (None, b"v=0\r\n", "application/sdp"))]


def test_the_encoder_takes_each_part_serialised_in_to_multipart_order(tmp_path: Path) -> None:
    package = _package(tmp_path)
    multipart.apply_encodings(_spec(ENCODING), package, {"Upload": "upload"})
    text = (package / "models" / "upload.py").read_text(encoding="utf-8")
    # Required attributes are required keywords; an optional one defaults to no part.
    signature = "(*, offer: bytes, note: bytes, config: bytes | None = None) -> tuple[bytes, str]"
    assert f"def encode_multipart{signature}:" in text
    assert '_files.append(("offer", (None, offer, "application/sdp")))' in text
    assert '_files.append(("note", (None, note, "text/plain")))' in text
    assert (
        "        if config is not None:\n"
        '            _files.append(("config", (None, config, "application/json")))'
    ) in text
    assert "from .. import types\nfrom .. import multipart as _multipart\n" in text


@pytest.mark.parametrize(
    ("old", "new", "encoding", "message"),
    [
        # Undeclared, the union's branches keep the generator's two types: no one type.
        ("", "", {"offer": {"contentType": "application/sdp"}}, "writes part 'config' as"),
        # Additional properties: names known only at run time.
        (
            "        return files\n",
            "        for key, value in self.extra.items():\n"
            '            files.append((key, (None, value, "text/plain")))\n'
            "        return files\n",
            ENCODING,
            "whose name is not fixed",
        ),
        ("from .. import types\n", "from .. import types as t\n", ENCODING, "no longer says"),
    ],
    ids=["two-types", "additional-properties", "no-types-import"],
)
def test_an_encoder_regen_cannot_write_fails_loudly(
    tmp_path: Path, old: str, new: str, encoding: dict[str, Any], message: str
) -> None:
    package = _package(tmp_path, GENERATED.replace(old, new) if old else GENERATED)
    with pytest.raises(multipart.MultipartEncodingError, match=message):
        multipart.apply_encodings(_spec(encoding), package, {"Upload": "upload"})


def test_the_generated_encoder_sends_what_request_args_sends() -> None:
    session = RealtimeSessionCreateRequestGA(type_="realtime", model="gpt-realtime")
    body = RealtimeCallCreateRequest(sdp="v=0\r\n", session=session)
    via_model = _sent_parts(create_realtime_call.request_args(body=body))
    content, content_type = RealtimeCallCreateRequest.encode_multipart(
        sdp=b"v=0\r\n", session=via_model[1][2]
    )
    assert _sent_parts({"headers": {"Content-Type": content_type}, "content": content}) == via_model
    only_offer, _ = RealtimeCallCreateRequest.encode_multipart(sdp=b"v=0\r\n")
    assert only_offer.count(b"Content-Disposition") == 1


def test_the_package_encoder_frames_every_part() -> None:
    from realtime_generated import multipart as encoder

    files: Any = [
        ("a", (None, b"1", "text/plain")),
        ("b", ("b.bin", io.BytesIO(b"\x00\x01"), "application/octet-stream")),
        ("c", (None, "ü", None, {"X-Note": "yes"})),
    ]
    body, content_type = encoder.encode(files)
    boundary = content_type.removeprefix("multipart/form-data; boundary=")
    assert boundary.startswith("realtime-ext-") and len(boundary) == len("realtime-ext-") + 32
    assert (
        body
        == (
            f"--{boundary}\r\n"
            'Content-Disposition: form-data; name="a"\r\nContent-Type: text/plain\r\n\r\n1\r\n'
            f"--{boundary}\r\n"
            'Content-Disposition: form-data; name="b"; filename="b.bin"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n\x00\x01\r\n"
            f"--{boundary}\r\n"
            'Content-Disposition: form-data; name="c"\r\nX-Note: yes\r\n\r\nü\r\n'
            f"--{boundary}--\r\n"
        ).encode()
    )
    assert encoder.encode(files)[1] != content_type  # a fresh boundary each time
    for bad in (
        [('a"b', (None, b"", None))],
        [("a", (None, b"", "text/plain\r\nX: y"))],
        [("a", ("x\ny", b"", None))],
        [("a", (None, b"", None, {"X": "1\r\n"}))],
    ):
        with pytest.raises(ValueError, match="invalid multipart"):
            encoder.encode(bad)  # type: ignore[arg-type]
