"""A price in US dollars as an app gives it (:data:`Price`), checked into a ``Decimal``:
what every model's prices (``TokenPrices``, ``LivePrices``) are made of."""

from __future__ import annotations

from decimal import Decimal

from realtime_ext import InvalidArgumentError

__all__ = ["MINUTE", "Price", "usd"]

MINUTE = Decimal(60)

Price = Decimal | int | str
"""A price in US dollars as given: a ``Decimal``, an ``int`` or a ``str`` of a number (a
float is refused: it is not the exact figure published)."""


def usd(name: str, value: object) -> Decimal | None:
    """``value`` (a :data:`Price`, or ``None``: no price) as a ``Decimal``, checked; ``name``
    is the argument it was given as."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise InvalidArgumentError(
            f"{name} must be a Decimal (or an int or a str of one), got {value!r}"
        )
    try:
        price = Decimal(value)
    except ArithmeticError:
        message = f"{name} must be a number of US dollars, got {value!r}"
        raise InvalidArgumentError(message) from None
    if not price.is_finite() or price < 0:
        raise InvalidArgumentError(f"{name} must be a finite price >= 0, got {value!r}")
    return price
