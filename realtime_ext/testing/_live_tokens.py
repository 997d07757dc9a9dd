"""How many tokens a GPT-Live context append is, for the API's 500-token cap.

GPT-Live accepts at most :data:`APPEND_TOKEN_LIMIT` tokens of ``content`` in one
``session.commentary.append``, ``session.thinking.append`` or
``session.instructions.append``, counted in OpenAI's ``o200k_base`` encoding (measured on
the real API: 500 tokens accepted, 501 refused; a special token's text such as
``<|endoftext|>`` counts as the one token it is).

The fake does not ship that encoding's 200,000 merges (``tiktoken`` downloads them on first
use, which a test run cannot): it counts the pieces the encoding's pre-tokenizer cuts text
into (a word with the space or the one sign before it and its contraction, up to three
digits, a run of punctuation, a run of white space), each of which the encoding makes one
token or more. The count is therefore never above the API's, so the fake refuses nothing
the API accepts; it is the API's exactly for text of common English words (``" hello"``
500 times is 500 tokens on both), and below it where the encoding splits a piece further
(a rare or long word, CamelCase, non-Latin scripts: ``"テストはすべて成功しました。"`` is 9
tokens to the API, 2 here).

>>> context_tokens(" hello" * 500), context_tokens("The weather in Oslo is 12 degrees.")
(500, 9)
"""

from __future__ import annotations

import re

APPEND_TOKEN_LIMIT = 500
"""The most tokens of ``content`` one context append may carry."""

_PIECES = re.compile(
    r"<\|endoftext\|>|<\|endofprompt\|>"  # special tokens: one each
    r"|(?:[^\r\n\w]|_)?[^\W\d_]+(?:'(?:[sStTmMdD]|[rR][eE]|[vV][eE]|[lL][lL]))?"  # a word
    r"|\d{1,3}"
    r"| ?(?:[^\s\w]|_)+[\r\n/]*"  # punctuation
    r"|\s*[\r\n]+|\s+(?!\S)|\s+"
)


def context_tokens(text: str) -> int:
    """How many tokens ``text`` counts for toward :data:`APPEND_TOKEN_LIMIT` (see the module)."""
    return sum(1 for _ in _PIECES.finditer(text))
