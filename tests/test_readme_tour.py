"""README is a short tour (issue 24 item 7): its links lead into docs/, its layout section
names every package of realtime_ext, and it stays short (the manual is docs/)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.S | re.M)
    assert match, title
    return match.group(1)


def test_readme_is_a_tour() -> None:
    assert len(README.splitlines()) <= 150
    titles = re.findall(r"^## (.+)$", README, re.M)
    assert titles[:5] == ["Install", "Two commands", "Three examples", "Documentation", "Layout"]
    assert section("Three examples").count("```python") == 3


def test_every_link_leads_to_a_page_in_docs() -> None:
    links = re.findall(r"\]\(([^)#]+)\)", README)
    assert links
    for link in links:
        assert link.startswith("docs/") and (ROOT / link).is_file(), link


def test_the_layout_names_every_package() -> None:
    layout = section("Layout")
    packages = [p.name for p in (ROOT / "realtime_ext").iterdir() if (p / "__init__.py").is_file()]
    for name in packages:
        assert f"`{name}/`" in layout, name
    for top in ("generated", "openapi", "scripts", "docs", "tests"):
        assert f"`{top}/`" in layout, top
