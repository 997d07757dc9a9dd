"""Text built from deltas: appended in amortised constant time, bounded in size.

``part.text += delta`` copies the whole text on every delta (CPython reuses the buffer only
for a local variable), so a long response's text took quadratic time: 80,000 deltas of 64
bytes, 64 s. Here deltas are kept as pieces and joined once, when the text is read.

Example:
    >>> text = BoundedText(limit=5)
    >>> for piece in ("ab", "cd", "ef"):
    ...     text.add(piece)
    >>> text.text()
    'bcdef'
"""

from __future__ import annotations

__all__ = ["DEFAULT_MAX_TEXT_CHARS", "BoundedText"]

DEFAULT_MAX_TEXT_CHARS = 1_000_000
"""About 10 hours of speech (or a book's chapter of text); older text is dropped beyond it."""


class BoundedText:
    """Append-only text keeping its last ``limit`` characters.

    Reading joins the pieces and keeps the result, so a second read costs nothing and the
    deltas are copied once however many arrive between reads. The memory held is at most
    about twice ``limit`` characters, whatever a server sends.
    """

    __slots__ = ("_parts", "_size", "limit")

    def __init__(self, text: str = "", *, limit: int = DEFAULT_MAX_TEXT_CHARS) -> None:
        self.limit: int = limit
        """The most characters kept (the oldest go first beyond it)."""
        self._parts: list[str] = []
        self._size = 0
        if text:
            self.add(text)

    def add(self, piece: str) -> None:
        """Append ``piece``."""
        self._parts.append(piece)
        self._size += len(piece)
        if self._size > 2 * self.limit:  # compact rarely: at twice the limit
            self.text()

    def set(self, text: str) -> None:
        """Replace the whole text (a ``.done`` event's final text)."""
        self._parts = [text[-self.limit :] if len(text) > self.limit else text]
        self._size = len(self._parts[0])

    def text(self) -> str:
        """The text (its last ``limit`` characters)."""
        parts = self._parts
        if len(parts) == 1:
            return parts[0]
        joined = "".join(parts)
        if len(joined) > self.limit:
            joined = joined[-self.limit :]
        self._parts = [joined]
        self._size = len(joined)
        return joined

    def __len__(self) -> int:
        return min(self._size, self.limit)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, BoundedText):
            return self.text() == other.text()
        return NotImplemented

    def __repr__(self) -> str:
        return repr(self.text())
