"""Every wheel is fit to ship against: LICENSE inside, classifiers, project URLs.

Builds the wheels (the generated layer, the core and the distributions beside it, dists/*)
the way ``make check-dist`` does (no build isolation, no network), or takes the ones
``make check-dist`` built in this CI run (``REALTIME_EXT_WHEELS``), and runs the same checker,
scripts/check_wheels.py. The checker itself is shown to fail on a wheel that lacks them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

import realtime_ext
import realtime_generated

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import check_wheels  # noqa: E402

from regen_lib import postprocess  # noqa: E402

# `.ci/run` builds the wheels once, in `make check-dist` (which also installs them alone in a
# fresh virtual environment), and names that folder here, so they are not built twice; the
# versions inside must be this tree's, or the wheels are stale.
WHEELS_ENV = "REALTIME_EXT_WHEELS"
# The core and the distributions beside it (dists/*), all at realtime_ext's version.
DISTS = ("voice", "endpoints", "testing")
EXT_WHEELS = ("realtime_ext", *(f"realtime_ext_{d}" for d in DISTS))


def _built_by_check_dist() -> list[Path] | None:
    folder = os.environ.get(WHEELS_ENV)
    if not folder:
        return None
    found = sorted(Path(folder).glob("*.whl"))
    expected = {
        *(f"{name}-{realtime_ext.__version__}-py3-none-any.whl" for name in EXT_WHEELS),
        f"realtime_ext_generated-{realtime_generated.__version__}-py3-none-any.whl",
    }
    assert {w.name for w in found} == expected, f"{WHEELS_ENV}={folder}: stale or missing wheels"
    return found


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    built = _built_by_check_dist()
    if built is not None:
        return built
    out = tmp_path_factory.mktemp("wheels")
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps"),
            *("--no-build-isolation", "-w", str(out), str(ROOT / "generated"), str(ROOT)),
            *(str(ROOT / "dists" / d) for d in DISTS),
        ],
        check=True,
    )
    found = sorted(out.glob("*.whl"))
    assert len(found) == 2 + len(DISTS), found
    return found


def test_every_wheel_carries_license_classifiers_and_urls(wheels: list[Path]) -> None:
    assert check_wheels.main([str(w) for w in wheels]) == 0
    for wheel in wheels:
        assert check_wheels.problems(wheel) == []


def test_a_wheel_without_them_is_refused(tmp_path: Path) -> None:
    bare = tmp_path / "bare-1.0-py3-none-any.whl"
    with zipfile.ZipFile(bare, "w") as zf:
        zf.writestr("bare-1.0.dist-info/METADATA", "Metadata-Version: 2.4\nName: bare\n")
    found = check_wheels.problems(bare)
    assert any("LICENSE" in p for p in found)
    assert any("classifiers" in p for p in found)
    assert any("project URLs" in p for p in found)
    assert check_wheels.main([str(bare)]) == 1


def test_the_generated_wheel_carries_its_changelog(wheels: list[Path], tmp_path: Path) -> None:
    generated = next(w for w in wheels if w.name.startswith("realtime_ext_generated-"))
    with zipfile.ZipFile(generated) as zf:
        log = zf.read("realtime_generated/CHANGELOG.md").decode("utf-8")
    version = generated.name.split("-")[1]
    assert log == (ROOT / "generated" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert log.split("\n## ", 1)[1].startswith(version)
    # Without its entry (or without the file) the wheel is refused.
    stale = tmp_path / generated.name
    with zipfile.ZipFile(generated) as src, zipfile.ZipFile(stale, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "realtime_generated/CHANGELOG.md":
                data = data.replace(f"## {version}".encode(), b"## 0.0.0")
            dst.writestr(item, data)
    assert any("has no entry for" in p for p in check_wheels.problems(stale))


def test_both_distributions_share_classifiers_and_the_docs_url() -> None:
    ext = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    gen = tomllib.loads((ROOT / "generated" / "pyproject.toml").read_text())["project"]
    assert ext["classifiers"] == gen["classifiers"] == list(postprocess.CLASSIFIERS)
    match = re.search(r"^site_url: (\S+)$", (ROOT / "mkdocs.yml").read_text(), re.M)
    assert match is not None
    site = match.group(1)
    assert ext["urls"]["Documentation"] == site == postprocess.DOCS_URL
    assert gen["urls"]["Documentation"].startswith(site)
    assert (ROOT / "generated" / "LICENSE").read_text().startswith((ROOT / "LICENSE").read_text())
