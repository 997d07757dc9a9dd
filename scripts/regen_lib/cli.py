"""Command line of scripts/regen.py."""

from __future__ import annotations

import argparse
import difflib
import filecmp
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from . import (
    checks,
    event_typing,
    fast_events,
    generate,
    multipart,
    names_lock,
    normalise,
    pins,
    postprocess,
    source,
    version,
)
from .source import ROOT

GENERATED = ROOT / "generated"


class State:
    """Where regen reads and writes its state: the repository, or a copy of it (--root)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.generated = root / "generated"
        self.pin = root / "openapi" / "pin.toml"
        self.names_lock = root / "openapi" / "names.lock"
        self.pyproject = root / "pyproject.toml"
        self.ext_pin = root / "realtime_ext" / "_generated_pin.py"
        self.generation = root / version.GENERATION_FILE


def build(
    spec: source.Spec,
    pin: source.Pin,
    dist: Path,
    previous: version.Generation | None = None,
    *,
    check: bool = False,
) -> dict[str, Any]:
    """Generate the whole distribution into ``dist`` (which must not exist yet).

    ``previous`` is the last generation recorded (openapi/generation.toml): regen makes the
    next one; with ``check`` the recorded one is rebuilt (``summary["stale"]`` says whether
    the inputs still hash to its fingerprint).
    """
    doc = source.parse_yaml(spec.raw)
    sub, origins, notes = checks.prepare(doc)
    for note in notes:
        print(f"regen: note: {note}", file=sys.stderr)
    union_names = postprocess.add_union_holder(sub)
    dist.mkdir(parents=True)
    generate.run(sub, dist)
    package = dist / generate.PACKAGE
    index = postprocess.model_index(package)
    unions = postprocess.write_unions(package, union_names, index)
    postprocess.hide_secret_reprs(package, index)
    multipart.apply_encodings(sub, package, index)
    postprocess.write_lazy_models_init(package, index)
    sub["components"]["schemas"].pop(postprocess.HOLDER)
    tables = postprocess.event_tables(sub, index)
    postprocess.write_event_types(package, tables)
    event_typing.write_event_unions(package, tables, index)
    fast_events.write(package, tables)
    spec_version = str(doc["info"]["version"])
    fp = version.fingerprint(spec.sha256)
    stale = previous is None or previous.fingerprint != fp
    if check and previous is not None:
        generation = version.Generation(
            previous.counter,
            previous.fingerprint,
            version.distribution_version(spec_version, pin.date, previous.counter),
        )
    else:
        generation = version.next_generation(previous, spec_version, pin.date, fp)
    dist_version = generation.version
    postprocess.write_spec_stamp(
        package,
        sha256=spec.sha256,
        commit=pin.commit,
        url=pin.url,
        version=spec_version,
        date=pin.date,
        dist_version=dist_version,
        fingerprint=generation.fingerprint,
    )
    postprocess.write_distribution(
        dist,
        version=dist_version,
        spec_version=spec_version,
        commit=pin.commit,
        date=pin.date,
        sha256=spec.sha256,
        fingerprint=generation.fingerprint,
        spec_url=pin.url,
    )
    postprocess.format_tree(dist)

    missing = [
        name for name in sub["components"]["schemas"] if name not in index and name not in unions
    ]
    if missing:
        raise generate.GeneratorError(f"schemas with neither a model nor an alias: {missing}")
    endpoints = sorted(
        p.stem for p in (package / "api" / "realtime").glob("*.py") if p.stem[0] != "_"
    )
    public = {name: origins.get(name, "-") for name in [*index, *unions]}
    return {
        "endpoints": endpoints,
        "models": len(index),
        "unions": len(unions),
        "events": {table: len(entries) for table, entries in tables.items()},
        "version": spec_version,
        "dist_version": dist_version,
        "generation": generation,
        "stale": stale,
        "names": dict(sorted(public.items())),
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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="regen.py", description=__doc__)
    parser.add_argument(
        "--spec",
        help="spec path (.yaml or .yaml.gz) or URL (default: $REALTIME_EXT_SPEC, the pinned "
        "spec in ../shared, then the pinned URL)",
    )
    parser.add_argument(
        "--root",
        type=Path,
        default=ROOT,
        help="the checkout whose openapi/pin.toml, openapi/names.lock, generated/, "
        "pyproject.toml and realtime_ext/_generated_pin.py regen reads and writes "
        "(tests use a copy)",
    )
    parser.add_argument("--output", type=Path, help="where to write (default: ROOT/generated)")
    parser.add_argument(
        "--check",
        action="store_true",
        help="regenerate into a temporary folder and fail if generated/ (or the pins) differ",
    )
    parser.add_argument(
        "--update-spec",
        metavar="SPEC",
        help="move the pin to SPEC (needs --commit): records commit, URL, date and sha256, "
        "regenerates and prints the spec-diff",
    )
    parser.add_argument("--update-pin", action="store_true", help="same as --update-spec --spec")
    parser.add_argument("--commit", help="the upstream commit (40 hex digits) of the new spec")
    parser.add_argument("--date", help="that commit's date, YYYY-MM-DD (default: from ../shared)")
    parser.add_argument("--url", help="the raw URL of the new spec (default: from the commit)")
    parser.add_argument(
        "--accept-names",
        action="store_true",
        help="accept public class names that differ from openapi/names.lock "
        "(make regen/update-spec ACCEPT_NAMES=1); without it nothing is written",
    )
    parser.add_argument(
        "--diff",
        nargs=2,
        metavar=("OLD", "NEW"),
        help="classify what changed in the realtime surface between two specs",
    )
    parser.add_argument(
        "--allow-breaking",
        action="store_true",
        help="with --diff: exit 0 even when a change is breaking; with --update-spec: move "
        "the pin even when the spec-diff has breaking changes (make ... ALLOW_BREAKING=1)",
    )
    return parser


def _new_pin(args: argparse.Namespace, spec: source.Spec) -> source.Pin:
    commit = args.commit or ""
    if not re.fullmatch(r"[0-9a-f]{40}", commit):
        raise source.SpecError(
            "moving the pin needs the upstream commit of the new spec: "
            "COMMIT=<40-hex sha> (make update-spec) or --commit"
        )
    date = args.date or source.commit_date(commit)
    if not date:
        raise source.SpecError(
            f"no date known for commit {commit} (../shared does not list it): pass DATE=YYYY-MM-DD"
        )
    url = args.url or source.RAW_URL.format(commit=commit)
    return source.Pin(sha256=spec.sha256, commit=commit, url=url, date=date)


def _old_spec(pin: source.Pin) -> str | None:
    shared = source.find_shared(pin.sha256)
    return str(shared) if shared else None


def _gate_move(args: argparse.Namespace, old_pin: source.Pin, spec: source.Spec) -> str:
    """The spec-diff of a pin move; raises RegenProblems on a breaking one (no ALLOW_BREAKING).

    Runs before anything is written, so a refused move leaves the checkout as it was.
    """
    from . import spec_diff

    old = _old_spec(old_pin) or old_pin.url
    try:
        text, breaking = spec_diff.report(old, spec.origin)
    except source.SpecError as exc:
        if args.allow_breaking:
            return f"spec-diff: the previous pin ({old_pin.sha256[:12]}) is unavailable: {exc}"
        raise checks.RegenProblems(
            [
                f"update-spec: cannot compare with the previous pin ({old_pin.sha256[:12]}): "
                f"{exc}; put it in ../shared or rerun with ALLOW_BREAKING=1 (--allow-breaking)"
            ]
        ) from None
    if breaking and not args.allow_breaking:
        print(text)
        raise checks.RegenProblems(
            [
                "update-spec: the new spec has breaking changes (above); nothing was written. "
                "Rerun with ALLOW_BREAKING=1 (--allow-breaking) if intended"
            ]
        )
    return text


def _write_state(state: State, summary: dict[str, Any], pin: source.Pin) -> None:
    source.write_pin(pin, state.pin)
    version.write_generation(state.generation, summary["generation"])
    names_lock.write(state.names_lock, summary["names"])
    pins.write_ext_pin(state.ext_pin, summary["dist_version"], pin.sha256)
    pins.write_requirement(state.pyproject, summary["dist_version"])
    pins.write_doc_versions(state.root, summary["dist_version"])


def _check_state(state: State, summary: dict[str, Any], pin: source.Pin) -> list[str]:
    problems: list[str] = []
    recorded = version.read_generation(state.generation)
    if recorded is None:
        problems.append(f"{version.GENERATION_FILE} is missing: run `make regen`")
    elif summary["stale"]:
        problems.append(
            f"{version.GENERATION_FILE} records the inputs of generation {recorded.counter} "
            f"(fingerprint {recorded.fingerprint[:12]}); the spec, templates, overlay or "
            "regen code changed since: run `make regen` (it makes the next generation)"
        )
    locked = names_lock.read(state.names_lock)
    if locked != summary["names"]:
        problems.append(
            "openapi/names.lock differs from the generated names:\n"
            + names_lock.describe(locked, summary["names"])
        )
    problems += pins.check(state.ext_pin, state.pyproject, summary["dist_version"], pin.sha256)
    problems += pins.check_doc_versions(state.root, summary["dist_version"])
    return problems


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    state = State(args.root.resolve())
    source.PIN_FILE = state.pin
    output = args.output or state.generated
    try:
        if args.diff:
            from . import spec_diff

            text, breaking = spec_diff.report(args.diff[0], args.diff[1])
            print(text)
            return 1 if breaking and not args.allow_breaking else 0
        started = time.perf_counter()
        moving = bool(args.update_spec or args.update_pin)
        old_pin = source.read_pin()
        spec = source.load(args.update_spec or args.spec, verify=not moving)
        pin = _new_pin(args, spec) if moving else old_pin
        diff_report = _gate_move(args, old_pin, spec) if moving else ""
        with tempfile.TemporaryDirectory(prefix="realtime-regen-") as tmp:
            dist = Path(tmp) / "generated"
            previous = version.read_generation(state.generation)
            summary = build(spec, pin, dist, previous, check=args.check)
            if args.check:
                diff = _tree_diff(dist, output)
                problems = _check_state(state, summary, pin)
                if diff or problems:
                    sys.stdout.writelines(
                        line if line.endswith("\n") else line + "\n" for line in diff
                    )
                    for problem in problems:
                        print(f"check-regen: {problem}", file=sys.stderr)
                    print(
                        f"\ncheck-regen: {output} differs from a fresh regeneration "
                        "(generated/ is never edited by hand; run `make regen`).",
                        file=sys.stderr,
                    )
                    return 1
                print(f"check-regen: {output} matches a fresh regeneration")
                return 0
            locked = names_lock.read(state.names_lock)
            if locked and locked != summary["names"] and not args.accept_names:
                command = "make update-spec ... " if moving else "make regen "
                raise checks.RegenProblems(
                    [
                        "public class names would change (openapi/names.lock); nothing was "
                        f"written. Rerun with ACCEPT_NAMES=1 ({command}ACCEPT_NAMES=1, "
                        "--accept-names) if intended:\n"
                        + names_lock.describe(locked, summary["names"])
                    ]
                )
            if output.exists():
                shutil.rmtree(output)
            shutil.copytree(dist, output)
        _write_state(state, summary, pin)
    except checks.RegenProblems as exc:
        print(exc.render(), file=sys.stderr)
        return 1
    except (
        source.SpecError,
        generate.GeneratorError,
        normalise.OverlayError,
        version.VersionError,
    ) as exc:
        print(f"regen: {exc}", file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - started
    print(
        f"generated {output} from {spec.origin} (spec {summary['version']}, "
        f"sha256 {spec.sha256[:12]}) in {elapsed:.1f} s"
    )
    print(f"  realtime-ext-generated {summary['dist_version']}")
    print(f"  endpoints ({len(summary['endpoints'])}): {', '.join(summary['endpoints'])}")
    print(f"  models: {summary['models']}   union aliases: {summary['unions']}")
    print("  event types: " + ", ".join(f"{k.lower()}={v}" for k, v in summary["events"].items()))
    if moving:
        print(f"  pin: commit {pin.commit} ({pin.date}), {pin.url}")
        print()
        print(diff_report)
    return 0
