"""Real browser SDP offers shipped with the package, to try calls without a browser.

An ``offer.sdp`` normally comes from the browser: ``pc.createOffer()`` then
``pc.localDescription.sdp`` (see the WebRTC guide). These are offers real browsers made,
copied unchanged from public test fixtures (sources and licences in ``samples/SOURCES.md``):

- ``"chrome"``: Chrome audio offer (aiortc's tests, BSD-3-Clause);
- ``"chrome-linux"``: Chrome on Linux, audio + video + data channel (Amazon Kinesis Video
  Streams WebRTC SDK in C, Apache-2.0);
- ``"firefox"``: Firefox audio offer (aiortc's tests);
- ``"safari"``: Safari audio + video + data channel offer (aiortc's tests).
"""

from __future__ import annotations

from importlib import resources

from .._exceptions import InvalidArgumentError
from .._redact import short_repr

__all__ = ["SAMPLE_OFFERS", "sample_offer"]

SAMPLE_OFFERS: dict[str, str] = {
    "chrome": "chrome_audio_offer.sdp",
    "chrome-linux": "chrome_linux_offer.sdp",
    "firefox": "firefox_audio_offer.sdp",
    "safari": "safari_offer.sdp",
}


def sample_offer(browser: str = "chrome") -> str:
    """A real browser's SDP offer (CRLF line endings, as sent), shipped with the package.

    ``browser`` is one of ``SAMPLE_OFFERS`` (``"chrome"``, ``"chrome-linux"``,
    ``"firefox"``, ``"safari"``). From the shell: ``realtime-ext sdp sample > offer.sdp``.

    Example:
        >>> from realtime_ext import sdp
        >>> sdp.validate_offer(sdp.sample_offer()).media[0].kind
        'audio'
    """
    name = SAMPLE_OFFERS.get(browser) if isinstance(browser, str) else None
    if name is None:
        known = ", ".join(repr(b) for b in SAMPLE_OFFERS)
        raise InvalidArgumentError(
            f"no sample offer for {short_repr(browser)}; choose one of {known}"
        )
    return resources.files("realtime_ext.sdp").joinpath("samples", name).read_bytes().decode()
