"""Command line of scripts/regen.py."""

from __future__ import annotations

import argparse
import difflib
import filecmp
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from . import event_typing, generate, normalise, postprocess, source, subset
from .source import ROOT

GENERATED = ROOT / "generated"


def build(spec: source.Spec, pin: source.Pin, dist: Path) -> dict[str, Any]:
    """Generate the whole distribution into ``dist`` (which must not exist yet)."""
    doc = source.parse_yaml(spec.raw)
    sub = subset.select(doc)
    normalise.normalise(sub)
    union_names = postprocess.add_union_holder(sub)
    dist.mkdir(parents=True)
    generate.run(sub, dist)
    package = dist / generate.PACKAGE
    index = postprocess.model_index(package)
    unions = postprocess.write_unions(package, union_names, index)
    postprocess.hide_secret_reprs(package, index)
    postprocess.write_lazy_models_init(package, index)
    sub["components"]["schemas"].pop(postprocess.HOLDER)
    tables = postprocess.event_tables(sub, index)
    postprocess.write_event_types(package, tables)
    event_typing.write_event_unions(package, tables, index)
    version = str(doc["info"]["version"])
    postprocess.write_spec_stamp(
        package, sha256=spec.sha256, commit=pin.commit, url=pin.url, version=version
    )
    postprocess.write_distribution(dist, version=version, commit=pin.commit, sha256=spec.sha256)
    postprocess.format_tree(dist)

    missing = [
        name for name in sub["components"]["schemas"] if name not in index and name not in unions
    ]
    if missing:
        raise generate.GeneratorError(f"schemas with neither a model nor an alias: {missing}")
    endpoints = sorted(
        p.stem for p in (package / "api" / "realtime").glob("*.py") if p.stem[0] != "_"
    )
    return {
        "endpoints": endpoints,
        "models": len(index),
        "unions": len(unions),
        "events": {table: len(entries) for table, entries in tables.items()},
        "version": version,
    }


def _tree_diff(expected: Path, actual: Path) -> list[str]:
    """Unified diffs (or file lists) of every difference between two trees."""
    out: list[str] = []

    def walk(cmp: filecmp.dircmp[str], rel: Path) -> None:
        out.extend(f"only in generated/: {rel / n}" for n in sorted(cmp.right_only))
        out.extend(f"missing from generated/: {rel / n}" for n in sorted(cmp.left_only))
        for name in sorted(cmp.diff_files + cmp.funny_files):
            a = (Path(cmp.left) / name).read_text(encoding="utf-8").splitlines(keepends=True)
            b = (Path(cmp.right) / name).read_text(encoding="utf-8").splitlines(keepends=True)
            out.extend(
                difflib.unified_diff(a, b, f"regenerated/{rel / name}", f"generated/{rel / name}")
            )
        for name, sub in sorted(cmp.subdirs.items()):
            walk(sub, rel / name)

    cmp = filecmp.dircmp(str(expected), str(actual), ignore=["__pycache__"])
    _compare_contents(cmp)
    walk(cmp, Path())
    return out


def _compare_contents(cmp: filecmp.dircmp[str]) -> None:
    # dircmp compares shallowly by stat; force content comparison for every common file.
    cmp.diff_files = [
        n
        for n in cmp.common_files
        if not filecmp.cmp(Path(cmp.left) / n, Path(cmp.right) / n, shallow=False)
    ]
    for sub in cmp.subdirs.values():
        _compare_contents(sub)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="regen.py", description=__doc__)
    parser.add_argument(
        "--spec",
        help="spec path or URL (default: $REALTIME_EXT_SPEC, "
        "../shared/openapi/openapi.yaml, then the pinned URL)",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=GENERATED,
        help="where to write the distribution (default: generated/)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="regenerate into a temporary folder and fail if generated/ differs",
    )
    parser.add_argument(
        "--update-pin",
        action="store_true",
        help="accept a spec whose sha256 differs and record it in openapi/pin.toml",
    )
    parser.add_argument("--commit", help="with --update-pin: the upstream commit of the new spec")
    parser.add_argument("--url", help="with --update-pin: the raw URL of the new spec")
    parser.add_argument(
        "--diff",
        nargs=2,
        metavar=("OLD", "NEW"),
        help="print what changed in the realtime surface between two specs",
    )
    args = parser.parse_args(argv)

    try:
        if args.diff:
            from . import spec_diff

            print(spec_diff.report(*args.diff))
            return 0
        started = time.perf_counter()
        spec = source.load(args.spec, verify=not args.update_pin)
        pin = source.read_pin()
        if args.update_pin:
            pin = source.Pin(
                sha256=spec.sha256,
                commit=args.commit or pin.commit,
                url=args.url or (spec.origin if spec.origin.startswith("http") else pin.url),
            )
        with tempfile.TemporaryDirectory(prefix="realtime-regen-") as tmp:
            dist = Path(tmp) / "generated"
            summary = build(spec, pin, dist)
            if args.check:
                diff = _tree_diff(dist, args.output)
                if diff:
                    sys.stdout.writelines(
                        line if line.endswith("\n") else line + "\n" for line in diff
                    )
                    print(
                        f"\ncheck-regen: {args.output} differs from a fresh regeneration "
                        "(generated/ is never edited by hand; run `make regen`).",
                        file=sys.stderr,
                    )
                    return 1
                print(f"check-regen: {args.output} matches a fresh regeneration")
                return 0
            if args.output.exists():
                shutil.rmtree(args.output)
            shutil.copytree(dist, args.output)
        if args.update_pin:
            source.write_pin(pin)
    except (source.SpecError, generate.GeneratorError, normalise.OverlayError) as exc:
        print(f"regen: {exc}", file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - started
    print(
        f"generated {args.output} from {spec.origin} (spec {summary['version']}, "
        f"sha256 {spec.sha256[:12]}) in {elapsed:.1f} s"
    )
    print(f"  endpoints ({len(summary['endpoints'])}): {', '.join(summary['endpoints'])}")
    print(f"  models: {summary['models']}   union aliases: {summary['unions']}")
    print("  event types: " + ", ".join(f"{k.lower()}={v}" for k, v in summary["events"].items()))
    return 0
