"""Command line of scripts/regen.py."""

from __future__ import annotations

import argparse
import difflib
import filecmp
import json
import os
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import (
    cache,
    changelog,
    checks,
    event_typing,
    ext_check,
    generate,
    multipart,
    names_lock,
    normalise,
    openai_types,
    pins,
    postprocess,
    run_until,
    sends,
    source,
    spec_diff,
    version,
)
from .source import ROOT

GENERATED = ROOT / "generated"
# The realtime surface of the spec generated/ is built from (spec_diff.surface), beside it:
# what a spec move is classified against, offline, whatever a checksum file says.
SURFACE = "SURFACE.json"


class State:
    """Where regen reads and writes its state: the repository, or a copy of it (--root)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.generated = root / "generated"
        self.pin = root / "openapi" / "pin.toml"
        self.upstream = root / "openapi" / "upstream"
        self.names_lock = root / "openapi" / "names.lock"
        self.pyproject = root / "pyproject.toml"
        self.ext_pin = root / "realtime_ext" / "_generated_pin.py"
        self.generation = root / version.GENERATION_FILE


@dataclass
class Prepared:
    """A parsed spec with regen's checks, overlay and naming applied (``checks.prepare``),
    and its realtime surface (``spec_diff.surface``: what a move is classified by and what
    generated/SURFACE.json records), each worked out once per run."""

    doc: dict[str, Any]
    sub: dict[str, Any]
    origins: dict[str, str]
    notes: list[str]
    surface: dict[str, Any]

    @classmethod
    def of(cls, spec: source.Spec) -> Prepared:
        doc = source.parse_yaml(spec.raw)
        sub, origins, notes = checks.prepare(doc)  # prepare works on a copy: doc stays as parsed
        return cls(doc, sub, origins, notes, spec_diff.surface(doc, origins))


def build(
    spec: source.Spec,
    pin: source.Pin,
    dist: Path,
    previous: version.Generation | None = None,
    *,
    check: bool = False,
    prepared: Prepared | None = None,
    changes: spec_diff.Changes | None = None,
    changelog_before: str | None = None,
    moved: bool = False,
) -> dict[str, Any]:
    """Generate the whole distribution into ``dist`` (which must not exist yet).

    ``previous`` is the last generation recorded (openapi/generation.toml): regen makes the
    next one; with ``check`` the recorded one is rebuilt (``summary["stale"]`` says whether
    the inputs still hash to its fingerprint). ``changelog_before`` is the CHANGELOG.md of
    the generation before: a new generation gets an entry on top of it (``changes``, what the
    spec move or regeneration changed in the realtime surface); the same one keeps it as is.
    """
    prepared = prepared or Prepared.of(spec)
    doc, sub, origins = prepared.doc, prepared.sub, prepared.origins
    # The version first: it depends only on the record, the spec's info.version, the pin's
    # date and the inputs' fingerprint, so one that would not sort above the recorded one is
    # refused before the generator runs, not after a whole generation.
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
    for note in prepared.notes:
        print(f"regen: note: {note}", file=sys.stderr)
    union_names = postprocess.add_union_holder(sub)
    dist.mkdir(parents=True)
    cache.generate_run(sub, dist)  # generate.run, stored when REALTIME_EXT_REGEN_CACHE is set
    package = dist / generate.PACKAGE
    index = postprocess.model_index(package)
    unions = postprocess.write_unions(package, union_names, index)
    postprocess.hide_secret_reprs(package, index)
    multipart.write_module(package)
    multipart.apply_encodings(sub, package, index)
    postprocess.write_lazy_models_init(package, index)
    sub["components"]["schemas"].pop(postprocess.HOLDER)
    tables = postprocess.event_tables(sub, index)
    postprocess.write_event_types(package, tables)
    event_typing.write_event_unions(package, tables, index)
    cache.fast_events_write(package, tables)  # fast_events.write, stored likewise
    openai_types.run(package, tables, index, unions)
    openai_types.run(package, tables, index, unions, openai_types.LIVE_CONFIG)
    sends.write(package, tables, sub["components"]["schemas"])
    run_until.write(package, tables)
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
    record = {"spec": {"commit": pin.commit, "date": pin.date, "sha256": spec.sha256}}
    (dist / SURFACE).write_text(
        json.dumps({**record, **prepared.surface}, indent=1, sort_keys=True, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    if changelog_before is not None and (
        check or changelog.versions(changelog_before)[:1] == [dist_version]
    ):
        log = changelog_before  # the same generation: its entry is written already
    else:
        this = changelog.Spec(pin.commit, pin.date, spec_version, spec.sha256)
        log = changelog.prepend(
            changelog_before, changelog.entry(dist_version, this, changes, moved=moved)
        )
    (dist / changelog.FILE).write_text(log, encoding="utf-8")

    missing = [
        name for name in sub["components"]["schemas"] if name not in index and name not in unions
    ]
    if missing:
        raise generate.GeneratorError(f"schemas with neither a model nor an alias: {missing}")
    endpoints = sorted(p.stem for p in (package / "api").glob("*/*.py") if p.stem[0] != "_")
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
        help="spec path (.yaml or .yaml.gz) or URL (default: $REALTIME_EXT_SPEC, then the "
        "vendored spec whose bytes hash to the pin: openapi/upstream/)",
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
    parser.add_argument(
        "--date", help="that commit's date, YYYY-MM-DD (default: from openapi/upstream/'s notes)"
    )
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


def _new_pin(args: argparse.Namespace, spec: source.Spec, old_pin: source.Pin) -> source.Pin:
    commit = args.commit or ""
    if not re.fullmatch(r"[0-9a-f]{40}", commit):
        raise source.SpecError(
            "moving the pin needs the upstream commit of the new spec: "
            "COMMIT=<40-hex sha> (make update-spec) or --commit"
        )
    if commit == old_pin.commit and spec.sha256 != old_pin.sha256:
        raise source.SpecError(
            f"{spec.origin} differs from the pinned spec (sha256 {spec.sha256[:12]}, the pin "
            f"{old_pin.sha256[:12]}) but is given the pinned commit {commit}: one upstream "
            "commit has one spec. Pass the commit the new spec comes from (COMMIT=...)"
        )
    date = args.date or source.commit_date(commit)
    if not date:
        raise source.SpecError(
            f"no date known for commit {commit} (openapi/upstream/ does not list it): "
            "pass DATE=YYYY-MM-DD"
        )
    url = args.url or source.RAW_URL.format(commit=commit)
    return source.Pin(sha256=spec.sha256, commit=commit, url=url, date=date)


def _recorded(output: Path) -> dict[str, Any] | None:
    """The surface generated/ records of the spec it was built from (None: none recorded)."""
    try:
        record: dict[str, Any] = json.loads((output / SURFACE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not all(part in record for part in (*spec_diff.SURFACE_PARTS, "names", "spec")):
        return None
    return record


def _old_surface(output: Path, old_pin: source.Pin) -> tuple[dict[str, Any], str]:
    """(surface, what it is) of the spec generated/ was built from: recorded beside it, else
    the vendored spec whose bytes hash to the pin. Never the network, never a checksum file."""
    record = _recorded(output)
    if record is not None:
        spec = record["spec"]
        return record, f"generated/ (commit {spec['commit'][:12]}, {spec['date']})"
    found = source.find_local(old_pin.sha256)
    if found is None:
        raise checks.RegenProblems(
            [
                f"update-spec: cannot classify the move: {output / SURFACE} is missing and no "
                f"vendored spec (openapi/upstream/) hashes to the pin ({old_pin.sha256[:12]}). Run "
                "`make regen` on the pinned spec first (it records the surface), then move"
            ]
        )
    return spec_diff.surface(source.parse_yaml(source.read_spec_file(found))), str(found)


def _gate_move(
    args: argparse.Namespace,
    output: Path,
    old_pin: source.Pin,
    spec: source.Spec,
    prepared: Prepared | None,
    problems: list[str],
) -> spec_diff.Changes:
    """The classified changes of a pin move, printed before anything is refused or written.

    Raises RegenProblems when the new spec cannot be generated, or on a breaking change
    without ``--allow-breaking``.
    """
    old, what = _old_surface(output, old_pin)
    if prepared is not None:
        new, notes = prepared.surface, prepared.notes
    else:  # regen would fail: still classified, from the spec as parsed
        new, notes = spec_diff.surface(source.parse_yaml(spec.raw), {}), []
    changes = spec_diff.compare_surfaces(old, new, notes, problems)
    print(spec_diff.render(changes, f"Realtime surface: {what}  ->  {spec.origin}"), flush=True)
    if problems:
        raise checks.RegenProblems(problems)
    if changes.breaking and not args.allow_breaking:
        raise checks.RegenProblems(
            [
                "update-spec: the new spec has breaking changes (above); nothing was written. "
                "Rerun with ALLOW_BREAKING=1 (--allow-breaking) if intended"
            ]
        )
    return changes


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
    source.STATE_UPSTREAM = state.upstream
    output = args.output or state.generated
    try:
        if args.diff:
            text, breaking = spec_diff.report(args.diff[0], args.diff[1])
            print(text)
            return 1 if breaking and not args.allow_breaking else 0
        started = time.perf_counter()
        moving = bool(args.update_spec or args.update_pin)
        old_pin = source.read_pin()
        spec = source.load(args.update_spec or args.spec, verify=not moving)
        pin = _new_pin(args, spec, old_pin) if moving else old_pin
        prepared: Prepared | None = None
        problems: list[str] = []
        try:
            prepared = Prepared.of(spec)
        except checks.RegenProblems as exc:
            if not moving:
                raise
            problems = exc.problems
        changes: spec_diff.Changes | None = None
        if moving:
            changes = _gate_move(args, output, old_pin, spec, prepared, problems)
        else:
            recorded = _recorded(output)
            if recorded is not None and prepared is not None:
                changes = spec_diff.compare_surfaces(recorded, prepared.surface, prepared.notes)
        assert prepared is not None  # a move with problems was refused above
        before = output / changelog.FILE
        previous = version.read_generation(state.generation)
        with tempfile.TemporaryDirectory(prefix="realtime-regen-") as tmp:
            dist = Path(tmp) / "generated"
            summary = build(
                spec,
                pin,
                dist,
                previous,
                check=args.check,
                prepared=prepared,
                changes=changes,
                changelog_before=before.read_text(encoding="utf-8") if before.is_file() else None,
                moved=moving,
            )
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
            # Added names and moved origins change nothing a caller wrote; a name that goes
            # away (removed or renamed) does, and needs ACCEPT_NAMES=1.
            if locked and set(locked) - set(summary["names"]) and not args.accept_names:
                command = "make update-spec ... " if moving else "make regen "
                raise checks.RegenProblems(
                    [
                        "public class names would be renamed or removed (openapi/names.lock); "
                        f"nothing was written. Rerun with ACCEPT_NAMES=1 ({command}"
                        "ACCEPT_NAMES=1, --accept-names) if intended:\n"
                        + names_lock.describe(locked, summary["names"])
                    ]
                )
            if output.exists():
                shutil.rmtree(output)
            _move_into_place(dist, output)
        _write_state(state, summary, pin)
        if moving:  # the new pin's spec is vendored beside it: a clone regenerates offline
            for path in source.vendor(spec.raw, old_pin):
                print(f"  vendored {path}")
        broken: list[str] = []
        if moving and changes is not None and changes.breaking:
            broken = ext_check.problems(output, _ext_root(state))
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
    if broken:
        print(
            checks.RegenProblems(
                [
                    *broken,
                    f"the breaking move was written (ALLOW_BREAKING=1) to {output} and the pin, "
                    "and recorded in its CHANGELOG.md; realtime_ext must be fixed against it "
                    "before this lands",
                ]
            ).render("realtime_ext is broken"),
            file=sys.stderr,
        )
        return 1
    return 0


def _move_into_place(dist: Path, output: Path) -> None:
    """``dist`` becomes ``output`` (which does not exist): renamed when both are on one
    filesystem, copied otherwise. A rename writes nothing, and leaves nothing for the
    temporary folder's clean-up to delete (~1,700 files just written: seconds on a disk).

    Example::

        _move_into_place(Path(tmp) / "generated", Path("generated"))
    """
    try:
        os.rename(dist, output)
    except OSError:  # another filesystem (EXDEV), or a parent to create: copy as before
        shutil.copytree(dist, output)


def _ext_root(state: State) -> Path:
    """The checkout whose realtime_ext is checked: --root's when it has one, else this one."""
    return state.root if (state.root / "realtime_ext" / "__init__.py").is_file() else ROOT
