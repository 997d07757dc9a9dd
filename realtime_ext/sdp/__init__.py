"""Parse, validate, inspect and rewrite WebRTC session descriptions (SDP).

Example:
    >>> from realtime_ext import sdp
    >>> desc = sdp.parse("v=0\\r\\no=- 1 1 IN IP4 0.0.0.0\\r\\ns=-\\r\\nt=0 0\\r\\n")
    >>> sdp.serialise(desc)
    'v=0\\r\\no=- 1 1 IN IP4 0.0.0.0\\r\\ns=-\\r\\nt=0 0\\r\\n'
"""

from .._exceptions import SDPError
from ._edit import add_candidates, prefer_codec, strip_candidates
from ._inspect import (
    Codec,
    audio_codecs,
    candidates,
    candidates_by_type,
    codecs,
    data_channel_section,
    guess_type,
    has_data_channel,
    setup_role,
)
from ._lines import (
    Attribute,
    Candidate,
    ConnectionLine,
    ExtMap,
    Fingerprint,
    Fmtp,
    GenericLine,
    Group,
    Line,
    MaxMessageSize,
    MediaLine,
    Msid,
    OriginLine,
    RtcpFb,
    RtpMap,
    Sctpmap,
    SctpPort,
    SessionNameLine,
    Ssrc,
    SsrcGroup,
    TimingLine,
    VersionLine,
)
from ._model import MediaSection, SessionDescription, serialise
from ._parse import parse, parse_candidate
from ._samples import SAMPLE_OFFERS, sample_offer
from ._summary import summary
from ._validate import validate_answer, validate_offer

__all__ = [
    "SAMPLE_OFFERS",
    "Attribute",
    "Candidate",
    "Codec",
    "ConnectionLine",
    "ExtMap",
    "Fingerprint",
    "Fmtp",
    "GenericLine",
    "Group",
    "Line",
    "MaxMessageSize",
    "MediaLine",
    "MediaSection",
    "Msid",
    "OriginLine",
    "RtcpFb",
    "RtpMap",
    "SDPError",
    "SctpPort",
    "Sctpmap",
    "SessionDescription",
    "SessionNameLine",
    "Ssrc",
    "SsrcGroup",
    "TimingLine",
    "VersionLine",
    "add_candidates",
    "audio_codecs",
    "candidates",
    "candidates_by_type",
    "codecs",
    "data_channel_section",
    "guess_type",
    "has_data_channel",
    "parse",
    "parse_candidate",
    "prefer_codec",
    "sample_offer",
    "serialise",
    "setup_role",
    "strip_candidates",
    "summary",
    "validate_answer",
    "validate_offer",
]
