"""What a session costs: the published prices of the Realtime and GPT-Live models
(:data:`PRICES`, and an app's own table checked), and a token-billed model's prices, which
turn a response's usage into US dollars (:class:`TokenPrices`; a GPT-Live model's, by the
second, are ``_live_prices.py``'s).

The table (:data:`PRICES`) was copied from OpenAI's model pages, read on
:data:`PRICES_DATE` (each entry names its page in ``source``); the pricing page is
https://developers.openai.com/api/docs/pricing. Prices change: an app that bills its
customers passes its own table (``Telemetry(prices={**PRICES, "my-model": ...})``).
A model not in the table costs ``None``, never a guess, and so does a modality its page
gives no price for (``gpt-realtime``'s page lists its text tokens only). Left out because
no published price was found: ``gpt-realtime-mini`` and its snapshots, the dated
snapshots of ``gpt-realtime`` and ``gpt-4o-realtime-preview`` (earlier snapshots were
priced differently), and ``gpt-live-1`` (its page gives no figure; ``gpt-live-1.1``'s
does).

Realtime: each response is billed for its input and output tokens by modality (text,
audio, image), cached input tokens at the cached price
(https://developers.openai.com/api/docs/guides/realtime-costs). GPT-Live: by the second,
active and standby (paused inference) at their rates; creating a WebRTC session bills
15 seconds, credited once it runs; backend (Responses) tokens on top
(https://developers.openai.com/api/docs/guides/voice-latency-cost).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final

from realtime_ext import InvalidArgumentError
from realtime_ext.provider import is_dict

from ._dollars import Price, usd
from ._live_prices import LivePrices

__all__ = ["PRICES", "PRICES_DATE", "ModelPrices", "TokenPrices", "checked_prices"]

PRICES_DATE: Final = "2026-11-28"
"""When the prices of :data:`PRICES` were read from OpenAI's pages."""

MILLION = Decimal(1_000_000)

_MODALITIES = ("text", "audio", "image")


def _count(value: object) -> int:
    """A token count from the API's usage (0 when absent or not an int)."""
    return value if type(value) is int and value > 0 else 0


_TOKEN_FIELDS = (
    "text_input",
    "text_cached_input",
    "text_output",
    "audio_input",
    "audio_cached_input",
    "audio_output",
    "image_input",
    "image_cached_input",
)


@dataclass(frozen=True, slots=True, init=False)
class TokenPrices:
    """A token-billed model's prices, in US dollars per million tokens: text, audio and
    image input, each with its cached-input price, and text and audio output. ``None``: no
    published price (a response that used it costs ``None``).

    Example:
        >>> p = TokenPrices(text_input="4", text_cached_input="0.4", text_output="16")
        >>> p.cost({"input_tokens": 1000, "output_tokens": 500,
        ...         "input_token_details": {"text_tokens": 1000, "cached_tokens": 0},
        ...         "output_token_details": {"text_tokens": 500}})
        Decimal('0.012')
    """

    text_input: Decimal | None
    text_cached_input: Decimal | None
    text_output: Decimal | None
    audio_input: Decimal | None
    audio_cached_input: Decimal | None
    audio_output: Decimal | None
    image_input: Decimal | None
    image_cached_input: Decimal | None
    source: str
    """Where the prices were published."""

    def __init__(
        self,
        *,
        text_input: Price | None = None,
        text_cached_input: Price | None = None,
        text_output: Price | None = None,
        audio_input: Price | None = None,
        audio_cached_input: Price | None = None,
        audio_output: Price | None = None,
        image_input: Price | None = None,
        image_cached_input: Price | None = None,
        source: str = "",
    ) -> None:
        given = locals()
        for name in _TOKEN_FIELDS:
            object.__setattr__(self, name, usd(name, given[name]))
        if not isinstance(source, str):
            raise InvalidArgumentError(f"source must be a string, got {source!r}")
        object.__setattr__(self, "source", source)

    def cost(self, usage: object) -> Decimal | None:
        """The cost of a Realtime response's ``usage`` (``response.done``'s, as a dict) or a
        Responses backend call's; ``None`` when it cannot be priced: no usage, a modality
        used without a price here, cached tokens not told by modality.

        Example:
            >>> TokenPrices(text_input="1", text_output="2").cost(None) is None
            True
        """
        if not is_dict(usage):
            return None
        if "input_token_details" in usage or "output_token_details" in usage:
            return self._realtime(usage)
        return self._responses(usage)

    def _realtime(self, usage: Mapping[str, Any]) -> Decimal | None:
        details = usage.get("input_token_details")
        details = details if is_dict(details) else {}
        cached = details.get("cached_tokens_details")
        cached = cached if is_dict(cached) else {}
        if _count(details.get("cached_tokens")) > sum(
            _count(cached.get(f"{m}_tokens")) for m in _MODALITIES
        ):
            return None  # cached tokens the usage does not split by modality
        total = Decimal(0)
        for modality in _MODALITIES:
            name = f"{modality}_tokens"
            tokens, hits = _count(details.get(name)), _count(cached.get(name))
            part = self._priced(
                (max(tokens - hits, 0), getattr(self, f"{modality}_input")),
                (hits, getattr(self, f"{modality}_cached_input")),
            )
            if part is None:
                return None
            total += part
        output = usage.get("output_token_details")
        output = output if is_dict(output) else {}
        part = self._priced(
            (_count(output.get("text_tokens")), self.text_output),
            (_count(output.get("audio_tokens")), self.audio_output),
        )
        if part is None:
            return None
        told = _count(details.get("text_tokens")) + _count(details.get("audio_tokens"))
        told += _count(details.get("image_tokens"))
        if told < _count(usage.get("input_tokens")):
            return None  # input tokens the usage does not split by modality
        return (total + part) / MILLION

    def _responses(self, usage: Mapping[str, Any]) -> Decimal | None:
        details = usage.get("input_tokens_details")
        hits = _count(details.get("cached_tokens")) if is_dict(details) else 0
        tokens = _count(usage.get("input_tokens"))
        part = self._priced(
            (max(tokens - hits, 0), self.text_input),
            (hits, self.text_cached_input),
            (_count(usage.get("output_tokens")), self.text_output),
        )
        return None if part is None else part / MILLION

    @staticmethod
    def _priced(*parts: tuple[int, Decimal | None]) -> Decimal | None:
        total = Decimal(0)
        for tokens, price in parts:
            if not tokens:
                continue
            if price is None:
                return None
            total += tokens * price
        return total


ModelPrices = TokenPrices | LivePrices
"""One model's prices: by the token (Realtime models, Responses backends) or by the second
(GPT-Live models)."""


def _page(model: str) -> str:
    return f"https://developers.openai.com/api/docs/models/{model}"


def _tokens(model: str, *prices: str | None) -> TokenPrices:
    given = dict(zip(_TOKEN_FIELDS, prices, strict=False))
    return TokenPrices(**given, source=_page(model))


_GPT_4O_MINI_REALTIME = _tokens(
    "gpt-4o-mini-realtime-preview", "0.6", "0.3", "2.4", "10", "0.3", "20"
)

PRICES: Final[Mapping[str, ModelPrices]] = {
    # Realtime models: text in, cached, out; audio in, cached, out; image in, cached.
    "gpt-realtime": _tokens("gpt-realtime", "4", "0.4", "16"),  # the page lists text only
    "gpt-realtime-1.5": _tokens(
        "gpt-realtime-1.5", "4", "0.4", "16", "32", "0.4", "64", "5", "0.5"
    ),
    "gpt-realtime-2": _tokens("gpt-realtime-2", "4", "0.4", "24", "32", "0.4", "64", "5", "0.5"),
    "gpt-realtime-2.1": _tokens(
        "gpt-realtime-2.1", "4", "0.4", "24", "32", "0.4", "64", "5", "0.5"
    ),
    "gpt-realtime-2.1-mini": _tokens(
        "gpt-realtime-2.1-mini", "0.6", "0.06", "2.4", "10", "0.3", "20", "0.8", "0.08"
    ),
    "gpt-4o-realtime-preview": _tokens(
        "gpt-4o-realtime-preview", "5", "2.5", "20", "40", "2.5", "80"
    ),
    "gpt-4o-mini-realtime-preview": _GPT_4O_MINI_REALTIME,
    # The page's default snapshot: its prices are the page's.
    "gpt-4o-mini-realtime-preview-2024-12-17": _GPT_4O_MINI_REALTIME,
    "gpt-audio-1.5": _tokens("gpt-audio-1.5", "2.5", None, "10", "32", None, "64"),
    "gpt-audio-mini": _tokens("gpt-audio-mini", "0.6", None, "2.4"),  # text only
    # GPT-Live models: per minute, active and standby.
    "gpt-live-1.1": LivePrices(
        active_per_minute=Decimal("0.05"),
        standby_per_minute=Decimal("0.02"),
        webrtc_start_seconds=15,
        source=_page("gpt-live-1.1"),
    ),
}
"""Every Realtime and GPT-Live model with a published price, by model name (read on
:data:`PRICES_DATE`; see the module docstring for the sources and what is left out)."""


def checked_prices(prices: object) -> Mapping[str, ModelPrices]:
    """An app's ``prices=`` (a mapping of model name to :class:`TokenPrices` or
    :class:`LivePrices`), checked; ``None``: :data:`PRICES`."""
    if prices is None:
        return PRICES
    if not isinstance(prices, Mapping):
        raise InvalidArgumentError(
            f"prices must be a mapping of model name to TokenPrices or LivePrices, got "
            f"{type(prices).__name__}"
        )
    table: dict[str, ModelPrices] = {}
    for model, price in prices.items():  # pyright: ignore[reportUnknownVariableType]
        if not isinstance(model, str) or not isinstance(price, TokenPrices | LivePrices):
            raise InvalidArgumentError(
                f"prices maps a model name to TokenPrices or LivePrices, got {model!r}: "
                f"{type(price).__name__}"  # pyright: ignore[reportUnknownArgumentType]
            )
        table[model] = price
    return table
