"""The API reference shows this project's docstrings as written (issue 25, item 5): no raw
Sphinx roles, no literal ``Example::`` lines, doctests as code (not nested quotes), and the
spec's site-relative links made absolute. The rewriting is docs/hooks/doctest_examples.py
(the griffe extension ``mkdocs.yml`` loads); tests/docs/test_site.py checks the built HTML.
"""

from __future__ import annotations

import importlib.util
import inspect
import pkgutil
import re
from collections.abc import Callable, Iterator
from types import ModuleType

import realtime_ext
from support import snippets

_spec = importlib.util.spec_from_file_location(
    "doctest_examples", snippets.ROOT / "docs" / "hooks" / "doctest_examples.py"
)
assert _spec is not None and _spec.loader is not None
hook = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hook)
rewrite: Callable[[str], str] = hook.rewrite

RAW_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|mod|attr|exc|data|obj|const):`")


def test_roles_become_inline_code() -> None:
    text = "See :class:`~realtime_ext.connection.RealtimeConnection` and :func:`a.b`."
    assert rewrite(text) == "See `RealtimeConnection` and `a.b`."


def test_literal_example_section_becomes_a_fence() -> None:
    text = "Open.\n\nExample::\n\n    with x() as y:\n        print(y)\n\nEnd."
    assert rewrite(text) == (
        "Open.\n\nExample:\n    ```python\n    with x() as y:\n        print(y)\n    ```\n\nEnd."
    )


def test_literal_block_after_a_paragraph_becomes_a_fence() -> None:
    text = "They run on their own. Example::\n\n    conn.add(x)\n\nDone."
    assert rewrite(text) == (
        "They run on their own. Example:\n\n```python\nconn.add(x)\n```\n\nDone."
    )


def test_bare_doctests_become_code_and_sections_keep_theirs() -> None:
    assert rewrite("Summary.\n\n>>> 1 + 1\n2\n") == "Summary.\n\n```pycon\n>>> 1 + 1\n2\n```\n"
    assert rewrite("Summary.\n\nExample:\n    >>> 1\n    1") == (
        "Summary.\n\nExamples:\n    >>> 1\n    1"
    )


def test_spec_links_point_at_the_platform() -> None:
    assert rewrite("See [the guide](/docs/guides/realtime).") == (
        "See [the guide](https://platform.openai.com/docs/guides/realtime)."
    )


def _modules() -> Iterator[ModuleType]:
    yield realtime_ext
    for info in pkgutil.walk_packages(realtime_ext.__path__, "realtime_ext."):
        if ".examples" not in info.name and not info.name.endswith("__main__"):
            yield importlib.import_module(info.name)


def _docstrings() -> Iterator[tuple[str, str]]:
    seen: set[int] = set()
    for module in _modules():
        objects: list[object] = [module]
        for value in vars(module).values():
            if getattr(value, "__module__", None) == module.__name__:
                objects.append(value)
                if inspect.isclass(value):
                    # The SDK's methods, not another package's class it holds (the
                    # clients' httpx one) or machinery (Enum's, NamedTuple's).
                    objects += [
                        m
                        for m in vars(value).values()
                        if callable(m)
                        and str(getattr(m, "__module__", "")).startswith("realtime_ext")
                    ]
        for obj in objects:
            doc = inspect.getdoc(obj)
            if doc and id(obj) not in seen:
                seen.add(id(obj))
                yield f"{module.__name__}:{getattr(obj, '__qualname__', '')}", doc


def test_no_docstring_keeps_raw_rest_on_the_site() -> None:
    problems = []
    for where, doc in _docstrings():
        shown = rewrite(doc)
        outside_fences = re.sub(r"```.*?```", "", shown, flags=re.DOTALL)
        if RAW_ROLE.search(shown):
            problems.append(f"{where}: role")
        if re.search(r"::[ \t]*\n\s*\n[ \t]+\S", outside_fences):
            problems.append(f"{where}: literal block")
        if re.search(r"^>>>", outside_fences, flags=re.MULTILINE):
            problems.append(f"{where}: bare doctest")
    assert problems == []
    # The check sees the habits it removes: the source still has them.
    assert any(RAW_ROLE.search(doc) for _, doc in _docstrings())
