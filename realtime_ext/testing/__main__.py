"""``python -m realtime_ext.testing``: run the fake Realtime server in the foreground."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import logging
import signal
import sys
from collections.abc import Sequence

from realtime_ext import InvalidArgumentError
from realtime_ext.provider import is_loopback_host

from ._azure import AzureMode
from ._gateway import GatewayMode
from ._limits import ServerLimits
from ._server import DEFAULT_MAX_MESSAGE_SIZE, RECORD_MODES, FakeRealtimeServer
from ._session import DEFAULT_MODEL

LOGGED_BYTES = 64 * 2**10
"""serve-fake's ``--max-logged-bytes``: 64 KiB. Only a test holding the server in-process
reads its logs of client events (``FakeRealtimeServer``, whose default is 16 MiB a
connection), so serve-fake, which nothing reads them from, keeps little: at 16 MiB a log,
a load test of K calls sending audio held K logs of megabytes."""


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Run a fake OpenAI Realtime server (REST + WebSocket) until Ctrl-C.",
    )
    _add_listen_arguments(parser)
    parser.add_argument("--model", default=DEFAULT_MODEL, help="default model name")
    parser.add_argument(
        "--max-message-size",
        type=int,
        default=DEFAULT_MAX_MESSAGE_SIZE,
        help="largest accepted WebSocket message in bytes (larger -> 1009)",
    )
    parser.add_argument(
        "--max-logged-bytes",
        type=_byte_count,
        default=LOGGED_BYTES,
        metavar="N",
        help="bytes of client events each connection's log keeps, and the closed "
        f"connections' logs together (default {LOGGED_BYTES}: the logs are read only "
        "in-process, by a test holding FakeRealtimeServer)",
    )
    parser.add_argument(
        "--max-connections",
        type=int,
        default=ServerLimits.max_connections,
        metavar="N",
        help="connections served at once; one more is answered 503 (default "
        f"{ServerLimits.max_connections}); each request head has "
        f"{ServerLimits.head_timeout:g} s, its body {ServerLimits.body_timeout:g} s",
    )
    parser.add_argument(
        "--tls",
        action="store_true",
        help="serve https:// and wss:// with a self-signed certificate made at start; its "
        "path is printed for clients to trust (Node: NODE_EXTRA_CA_CERTS=PATH)",
    )
    parser.add_argument(
        "--cassette",
        metavar="FILE",
        help="replay a session cassette (recorded with `realtime-ext record`)",
    )
    parser.add_argument(
        "--cassette-timing",
        type=_timing,
        default="compressed",
        metavar="TIMING",
        help="replay pace: compressed (default, as fast as the client reads), recorded, or a "
        "factor of the recorded gaps (0.5 = twice as fast)",
    )
    parser.add_argument(
        "--record-mode",
        choices=RECORD_MODES,
        default="none",
        help="with --cassette and --upstream: once, new_episodes or all record (default none)",
    )
    parser.add_argument("--upstream", metavar="URL", help="where recordings are made")
    parser.add_argument(
        "--upstream-ca",
        metavar="FILE",
        help="also trust this CA (PEM) for --upstream; certificates are always verified",
    )
    parser.add_argument(
        "--no-vad",
        dest="vad",
        action="store_false",
        help="no server VAD on input audio, whatever the session's turn_detection says "
        "(default: on, as on the API; clients then commit audio themselves)",
    )
    parser.add_argument(
        "--rate-limits-updated",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="send rate_limits.updated after each response.done, or never (default: as the "
        "API, on OpenAI's route and not on Azure's)",
    )
    parser.add_argument(
        "--live-clock",
        choices=("wall", "test"),
        default=None,
        help="what moves GPT-Live sessions: the wall clock (default, as the API: an output "
        "frame every 100 ms whatever the input's rate) or, for tests, the input audio (each "
        "100 ms appended answered at once); default: $REALTIME_EXT_FAKE_LIVE_CLOCK, else wall",
    )
    parser.add_argument(
        "--max-session-seconds",
        type=_seconds,
        default=None,
        metavar="N",
        help="end each WebSocket session after N seconds as the API does at its maximum "
        "duration: an `error` event (code session_expired), then a 1001 close (default: the "
        "scenario's max_session_seconds, else 3600, the API's 60 minutes; 0: never)",
    )
    parser.add_argument(
        "--api-key",
        metavar="KEY",
        help="the one key accepted (default: any sk-/ek_ key; with --azure, any api-key; "
        "with --gateway-prefix, any key in the gateway's header)",
    )
    parser.add_argument(
        "--gateway-prefix",
        metavar="PATH",
        help="stand in for an OpenAI-compatible gateway serving REST, the Realtime WebSocket "
        "and GPT-Live under PATH (e.g. /gateway/v2) with a key header of its own; the "
        "gateway's URL is printed",
    )
    parser.add_argument(
        "--gateway-header",
        metavar="NAME",
        default=None,
        help="with --gateway-prefix: the header the gateway's key goes in (default: X-Gateway-Key)",
    )
    parser.add_argument(
        "--gateway-path",
        action="append",
        default=[],
        metavar="API=GATEWAY",
        help="with --gateway-prefix: a path the gateway renames, by prefix, as the client's "
        "Route(paths=...) does (repeatable; e.g. /live=/voice-live)",
    )
    parser.add_argument(
        "--azure",
        action="store_true",
        help="stand in for an Azure OpenAI resource: /openai/v1/realtime?model=<deployment> "
        "and /openai/realtime?api-version=...&deployment=..., an api-key header or a bearer "
        "token, Azure's error bodies (DeploymentNotFound...); the endpoint is printed",
    )
    parser.add_argument(
        "--deployment",
        action="append",
        default=[],
        metavar="NAME[=MODEL]",
        help="with --azure: a deployment and the model it serves (repeatable; default: "
        "gpt-realtime and gpt-realtime-mini under their own names)",
    )
    parser.add_argument(
        "--live-session-seconds",
        type=_seconds,
        default=None,
        metavar="N",
        help="end each GPT-Live session (/v1/live/sessions) after N seconds with "
        "`session.closed` (reason expired), as the API does at its maximum duration "
        "(default: 7200, two hours; 0: never)",
    )
    parser.add_argument(
        "--state-dir",
        metavar="DIR",
        help="keep the stored GPT-Live sessions (store: true) in DIR, made if missing, so that "
        "a server started again on DIR (after a crash or a kill) can fork them as the API "
        "does after a dropped connection (default: in memory, gone with the process)",
    )
    parser.add_argument(
        "--scenario",
        metavar="FILE",
        help="script responses, errors, delays, drops and incoming SIP calls from a YAML or "
        "JSON file (schema: the testing guide, or realtime_ext.testing.Scenario)",
    )
    return parser


def _add_listen_arguments(parser: argparse.ArgumentParser) -> None:
    """``--host``, ``--allow-remote``, ``--cors-origin`` and ``--port``: where the server
    listens and who can reach it."""
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to bind (default 127.0.0.1); an address other machines can reach needs "
        "--allow-remote",
    )
    parser.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a --host other than loopback (localhost, 127.0.0.1, ::1): anyone who can "
        "reach it can use it with any key, so a warning is printed",
    )
    parser.add_argument(
        "--cors-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="also serve web pages from ORIGIN, e.g. https://app.example (repeatable; '*' for "
        "any page); pages on this machine (localhost, 127.0.0.1, [::1]) are always served",
    )
    # Last, after the exposure flags, where --help has always listed it.
    parser.add_argument("--port", type=int, default=0, help="port to bind (default: a free one)")


def _exposure_problem(args: argparse.Namespace, what: str) -> str | None:
    """An error when ``--host`` would expose the server without ``--allow-remote``; with it,
    the warning is printed here and ``None`` returned."""
    if is_loopback_host(args.host):
        return None
    if not args.allow_remote:
        return (
            f"--host {args.host} is not a loopback address: the {what} would be reachable from "
            "other machines, and it accepts any key. Bind 127.0.0.1, or pass --allow-remote if "
            "that is what you want."
        )
    print(
        f"warning: the {what} listens on {args.host} (--allow-remote): anyone who can reach "
        "this address can use it with any key.",
        file=sys.stderr,
        flush=True,
    )
    return None


def _server_limits(args: argparse.Namespace) -> ServerLimits:
    """The :class:`ServerLimits` serve-fake's flags ask for."""
    return ServerLimits(max_connections=args.max_connections)


def _byte_count(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a number of bytes >= 1, got {value!r}")
    return int(value)


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not seconds >= 0:
        raise argparse.ArgumentTypeError(f"expected a number of seconds >= 0, got {value!r}")
    return seconds


def _timing(value: str) -> str | float:
    if value in ("compressed", "recorded"):
        return value
    try:
        factor = float(value)
    except ValueError:
        factor = -1.0
    if factor < 0:
        raise argparse.ArgumentTypeError(
            f"expected compressed, recorded or a factor >= 0, got {value!r}"
        )
    return factor


def _record_parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Record a Realtime session: a local proxy any client can point at (REST "
        "and WebSocket, the openai package included) that forwards to --upstream and writes "
        "every exchange and event, with timing, to a cassette (secrets scrubbed). Replay it "
        "with `realtime-ext serve-fake --cassette FILE` or the realtime_cassette fixture.",
    )
    parser.add_argument(
        "--upstream",
        default="https://api.openai.com/v1",
        metavar="URL",
        help="the API to record (default https://api.openai.com/v1)",
    )
    parser.add_argument(
        "--upstream-ca",
        metavar="FILE",
        help="also trust this CA (PEM) for the upstream, e.g. a private proxy or "
        "`serve-fake --tls`'s certificate; certificates are always verified",
    )
    parser.add_argument(
        "--cassette",
        required=True,
        metavar="FILE",
        help="the cassette to write (JSON lines; overwritten)",
    )
    parser.add_argument(
        "--append",
        action="store_true",
        help="keep the cassette's recording and add new exchanges to it",
    )
    _add_listen_arguments(parser)
    parser.add_argument(
        "--scrub",
        action="append",
        default=[],
        metavar="VALUE",
        help="an extra exact value to mask in the cassette (repeatable)",
    )
    parser.add_argument(
        "--tls",
        action="store_true",
        help="serve https:// and wss:// (for clients that always use wss://, such as "
        "openai-node); the certificate's path is printed for clients to trust",
    )
    return parser


def record_main(argv: Sequence[str] | None = None, *, prog: str = "realtime-ext record") -> int:
    """``realtime-ext record``: run the recording proxy until interrupted.

    >>> record_main(["--cassette", "session.jsonl", "--port", "8766"])  # doctest: +SKIP
    """
    args = _record_parser(prog).parse_args(argv)
    return _start(
        args,
        "recording proxy",
        functools.partial(
            FakeRealtimeServer,
            record_mode="new_episodes" if args.append else "all",
            scrub=args.scrub,
        ),
    )


def _webrtc_status() -> str:
    from realtime_ext.webrtc import INSTALL_HINT, aiortc_installed

    if aiortc_installed():
        return "is answered by a real aiortc peer (CORS on, for pages on this machine)"
    return f"needs aiortc: {INSTALL_HINT}"


async def _serve(server: FakeRealtimeServer) -> None:
    async with server:
        if server.recording and server.replay is None:
            print(f"Recording proxy listening on {server.base_url}", flush=True)
        else:
            print(f"Fake Realtime server listening on {server.base_url}", flush=True)
        if server.azure is not None:
            deployments = ", ".join(server.azure.deployments)
            print(
                f"Azure endpoint: {server.azure_endpoint} (deployments: {deployments})", flush=True
            )
        if server.gateway is not None:
            # Served only there: the /v1 URLs below would be refused.
            header = server.gateway.header
            print(
                f"Gateway: {server.gateway_url} (REST and sockets below it; key header {header})",
                flush=True,
            )
        else:
            print(f"WebSocket: {server.realtime_url()}", flush=True)
            print(f"WebRTC: POST {server.base_url}/realtime/calls {_webrtc_status()}", flush=True)
        if server.scenario is not None:
            scenario = server.scenario
            print(
                f"Scenario: {len(scenario.responses)} responses, {len(scenario.transcripts)} "
                f"transcripts, {len(scenario.reactions)} event reactions, "
                f"{len(scenario.handshakes)} handshakes, {len(scenario.calls)} incoming calls",
                flush=True,
            )
        if server.tls:
            print(f"TLS certificate: {server.tls_cert_path}", flush=True)
        if server.recording:
            print(f"Recording to {server.recorder.writer.path}", flush=True)  # type: ignore[union-attr]
        elif server.replay is not None:
            print(f"Replaying {server.replay.name}", flush=True)
        # SIGTERM (kill, docker stop) stops as Ctrl-C does: the recording is closed and put
        # in place, not left half-written.
        stop = asyncio.Event()
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not on Windows
            asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
        await stop.wait()


def main(argv: Sequence[str] | None = None, *, prog: str = "python -m realtime_ext.testing") -> int:
    """Run until interrupted; returns the process exit code. ``prog`` names the command in
    ``--help`` (``realtime-ext serve-fake`` when run from the CLI).

    >>> main(["--port", "8765"])  # doctest: +SKIP
    """
    args = _parser(prog).parse_args(argv)
    return _start(
        args,
        "fake server",
        functools.partial(
            FakeRealtimeServer,
            limits=_server_limits(args),
            model=args.model,
            max_message_size=args.max_message_size,
            max_logged_bytes=args.max_logged_bytes,
            scenario=args.scenario,
            record_mode=args.record_mode,
            cassette_timing=args.cassette_timing,
            vad=args.vad,
            rate_limits_updated=args.rate_limits_updated,
            max_session_seconds=args.max_session_seconds,
            api_key=None if args.azure or args.gateway_prefix else args.api_key,
            azure=_azure(args),
            gateway=_gateway(args),
            live_session_seconds=args.live_session_seconds,
            state_dir=args.state_dir,
            live_clock=args.live_clock,
        ),
    )


def _azure(args: argparse.Namespace) -> AzureMode | None:
    """``--azure``, ``--deployment`` and (in Azure mode) ``--api-key`` as an
    :class:`AzureMode`; ``None`` without ``--azure``."""
    if not args.azure:
        if args.deployment:
            raise SystemExit("error: --deployment needs --azure")
        return None
    pairs = [name.partition("=") for name in args.deployment]
    deployments = {name: model or name for name, _, model in pairs}
    if not deployments:
        return AzureMode(api_key=args.api_key)
    return AzureMode(deployments=deployments, api_key=args.api_key)


def _gateway(args: argparse.Namespace) -> GatewayMode | None:
    """``--gateway-prefix``, ``--gateway-header``, ``--gateway-path`` and (behind a gateway)
    ``--api-key`` as a :class:`GatewayMode`; ``None`` without ``--gateway-prefix``."""
    if not args.gateway_prefix:
        if args.gateway_header or args.gateway_path:
            raise SystemExit("error: --gateway-header and --gateway-path need --gateway-prefix")
        return None
    if args.azure:
        raise SystemExit("error: --azure and --gateway-prefix are exclusive: one host's rules")
    pairs = [path.partition("=") for path in args.gateway_path]
    if any(not sep for _, sep, _ in pairs):
        raise SystemExit("error: --gateway-path takes API=GATEWAY, e.g. /live=/voice-live")
    try:
        return GatewayMode(
            prefix=args.gateway_prefix,
            header=args.gateway_header or "X-Gateway-Key",
            api_key=args.api_key,
            paths={api: own for api, _, own in pairs},
        )
    except InvalidArgumentError as exc:
        raise SystemExit(f"error: {exc}") from None


def _start(args: argparse.Namespace, what: str, make: functools.partial[FakeRealtimeServer]) -> int:
    # One way for both commands: refuse an unsafe exposure, build the server from the
    # options both take (``make`` holds the command's own; a bad option is exit 2), then
    # serve until interrupted.
    problem = _exposure_problem(args, what)
    if problem is not None:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    try:
        server = make(
            host=args.host,
            port=args.port,
            tls=args.tls,
            cassette=args.cassette,
            upstream=args.upstream,
            upstream_ca=args.upstream_ca,
            cors_origins=args.cors_origin,
        )
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return _run(server, args.host, args.port)


def _run(server: FakeRealtimeServer, host: str, port: int) -> int:
    # Warnings (a TLS handshake on the plain port, undeliverable webhooks) go to stderr.
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    testing_logger = logging.getLogger("realtime_ext.testing")
    testing_logger.addHandler(handler)
    testing_logger.setLevel(logging.INFO)
    # websockets' own INFO lines ("connection open") are noise here.
    logging.getLogger("realtime_ext.testing.websockets").setLevel(logging.WARNING)
    try:
        asyncio.run(_serve(server))
    except KeyboardInterrupt:
        return 0
    except OSError as exc:
        print(f"error: cannot listen on {host}:{port}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
