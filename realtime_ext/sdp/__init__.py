"""Parse, validate, inspect and rewrite WebRTC session descriptions (SDP).

Example:
    >>> from realtime_ext import sdp
    >>> desc = sdp.parse("v=0\\r\\no=- 1 1 IN IP4 0.0.0.0\\r\\ns=-\\r\\nt=0 0\\r\\n")
    >>> sdp.serialise(desc)
    'v=0\\r\\no=- 1 1 IN IP4 0.0.0.0\\r\\ns=-\\r\\nt=0 0\\r\\n'
"""

from .._exceptions import SDPError
from ._edit import prefer_codec
from ._inspect import Codec, audio_codecs, candidates, codecs, has_data_channel, setup_role
from ._lines import Candidate
from ._model import MediaSection, SessionDescription, serialise
from ._parse import parse
from ._samples import SAMPLE_OFFERS, sample_offer
from ._summary import summary
from ._validate import validate_answer, validate_offer

__all__ = [
    "SAMPLE_OFFERS",
    "Candidate",
    "Codec",
    "MediaSection",
    "SDPError",
    "SessionDescription",
    "audio_codecs",
    "candidates",
    "codecs",
    "has_data_channel",
    "parse",
    "prefer_codec",
    "sample_offer",
    "serialise",
    "setup_role",
    "summary",
    "validate_answer",
    "validate_offer",
]
