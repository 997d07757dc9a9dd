"""Parse, validate, inspect and rewrite WebRTC session descriptions (SDP).

Example:
    >>> from realtime_ext import sdp
    >>> desc = sdp.parse("v=0\\r\\no=- 1 1 IN IP4 0.0.0.0\\r\\ns=-\\r\\nt=0 0\\r\\n")
    >>> sdp.serialise(desc)
    'v=0\\r\\no=- 1 1 IN IP4 0.0.0.0\\r\\ns=-\\r\\nt=0 0\\r\\n'
"""

from .._exceptions import SDPError
from ._edit import prefer_codec
from ._model import SessionDescription, serialise
from ._parse import parse
from ._samples import sample_offer
from ._summary import summary
from ._validate import validate_offer

__all__ = [
    "SDPError",
    "SessionDescription",
    "parse",
    "prefer_codec",
    "sample_offer",
    "serialise",
    "summary",
    "validate_offer",
]
