"""Griffe extension: this project's docstrings render as written, with no raw reST left.

The docstrings are Google style (what ``mkdocs.yml`` configures) with a few reST habits,
rewritten here for the documentation build only (the source keeps reading well in
``help()`` and editors):

- ``Example:`` followed by doctest lines becomes an ``Examples:`` section: griffe renders
  ``Examples:`` (plural) as highlighted code, ``Example:`` as Markdown, where ``>>> [x]``
  turns into broken reference links;
- ``Example::`` (a reST literal block) becomes an ``Example:`` section holding a fenced
  Python block, instead of a literal ``Example::`` line and unhighlighted text;
- a doctest paragraph outside any section becomes a ``pycon`` block, not nested quotes;
- Sphinx roles (``:class:`~realtime_ext.X```, ``:func:``, ``:meth:``...) become inline code
  naming the object (the short name with ``~``, as Sphinx shows it);
- links the spec's descriptions carry into the generated layer (``/docs/guides/realtime``)
  are relative to OpenAI's site: they become absolute ``https://platform.openai.com`` URLs.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_SINGULAR = re.compile(r"^(\s*)Example:(\s*\n\s+>>>)", flags=re.MULTILINE)
_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|mod|attr|exc|data|obj|const):`(~?)([^`]+)`")
# A line ending in "::" opens a reST literal block: "Example::" alone, or a paragraph's end.
_LITERAL = re.compile(r"^([ \t]*)(.*?)::[ \t]*$")
_PLATFORM_LINK = re.compile(r"\]\((/docs/[^)\s]*)\)")
PLATFORM = "https://platform.openai.com"


def _role(match: re.Match[str]) -> str:
    short, target = match.group(1), match.group(2)
    name = target.rsplit(".", 1)[-1] if short else target
    return f"`{name}`"


def _literal_blocks(text: str) -> str:
    """``Example::`` + an indented block -> ``Example:`` + a fenced python block."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        match = _LITERAL.match(lines[i])
        if match is None:
            out.append(lines[i])
            i += 1
            continue
        indent = len(match.group(1).expandtabs())
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        body: list[str] = []
        while j < len(lines) and (
            not lines[j].strip() or len(lines[j]) - len(lines[j].lstrip()) > indent
        ):
            body.append(lines[j])
            j += 1
        while body and not body[-1].strip():
            body.pop()
        if not body:
            out.append(lines[i])
            i += 1
            continue
        inner = min(len(b) - len(b.lstrip()) for b in body if b.strip())
        lead, text = match.group(1), match.group(2)
        if text in ("Example", "Examples"):  # a section: the fence is its indented body
            pad = " " * inner
            out += [f"{lead}{text}:", f"{pad}```python", *body, f"{pad}```", ""]
        else:  # a paragraph's end: the fence follows it, at the paragraph's indentation
            shift = inner - indent
            code = [b[shift:] if b.strip() else "" for b in body]
            out += [f"{lead}{text}:", "", f"{lead}```python", *code, f"{lead}```", ""]
        i = j
    return "\n".join(out)


def _bare_doctests(text: str) -> str:
    """A doctest paragraph outside any section (``>>>`` at the margin) -> a ``pycon`` fence,
    rather than Markdown's nested block quotes."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not lines[i].startswith(">>>"):
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].strip():
            j += 1
        out += ["```pycon", *lines[i:j], "```"]
        i = j
    return "\n".join(out)


def rewrite(text: str) -> str:
    """The docstring ``text`` as the site shows it (see the module docstring)."""
    if "Example:" in text:
        text = _SINGULAR.sub(r"\1Examples:\2", text)
    if "::" in text:
        text = _literal_blocks(text)
    if ":`" in text:
        text = _ROLE.sub(_role, text)
    if ">>>" in text:
        text = _bare_doctests(text)
    if "](/docs/" in text:
        text = _PLATFORM_LINK.sub(lambda m: f"]({PLATFORM}{m.group(1)})", text)
    return text


class DoctestExamples(griffe.Extension):
    """Rewrite each docstring for the site (doctest examples, literal blocks, roles, links)."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        docstring = obj.docstring
        if docstring is not None:
            docstring.value = rewrite(docstring.value)
