"""``CallRunner``: answers each incoming SIP call with a session (on the Realtime API or on
GPT-Live, as the app chooses per call), runs its tool loop over the sideband, and hangs up
when a tool says so, the caller leaves or the server stops."""

from __future__ import annotations

import asyncio
import json
import secrets
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from realtime_ext import (
    APIConnectionError,
    APIStatusError,
    AsyncRealtimeClient,
    InvalidArgumentError,
    OpenAIError,
)
from realtime_ext.provider import check_seconds, get_logger

from ..tools import ToolRegistry
from ..webhooks import WebhookEvent, parse_event
from ._answer import CallAnswer, Running
from ._answer_on import AnswerOn, CallApi, IncomingCall, api_of, check_answer_on, choose
from ._call import Progress, RunningCall, set_current
from ._live_answer import LiveAnswer, LiveCallStart, check_client_tool, check_live_session
from ._realtime_answer import CallStart, RealtimeAnswer
from ._shutdown import GracefulShutdown
from ._sip_call import sip_call_key
from ._store import (
    CallStore,
    MemoryStore,
    check_seconds_positive,
    finish_claim,
    keep_claim,
    release_claim,
)
from ._webhook import RETRY_HORIZON, RetryLater

__all__ = ["CallRunner", "CallStart", "LiveCallStart"]

HANGUP_SECONDS = 10.0
"""Seconds the final hangup request gets (the call may be ending because the server stops)."""
CALL_LEASE = 5.0
"""Seconds a runner's claims on a call hold without renewal (renewed every third of it): a
worker that dies is replaced within about this long (a call it ran is taken over)."""
ACCEPT_ATTEMPTS = 3
"""Accepts one answer sends at most while each attempt's outcome is unknown (the answer was
lost: the connection dropped, a timeout, a 5xx)."""
ACCEPT_RETRY_SECONDS = 0.5
"""Seconds before the accept is sent again, times the attempts so far (the call rings
meanwhile: a short wait)."""

_logger = get_logger("realtime_ext.asgi")

# The API's refusal of an accept because the call is past ringing (accepted, the other API
# answered it) or is gone (the caller hung up): nothing to retry.
_PAST_RINGING = frozenset({"invalid_call_state", "invalid_session_state"})
_NOT_RINGING = _PAST_RINGING | {"call_id_not_found", "session_id_not_found"}


def _unknown_outcome(exc: BaseException) -> bool:
    """Whether a failed request may have worked, or may work when sent again: the
    connection dropped or timed out, or the API failed (5xx)."""
    if isinstance(exc, APIStatusError):
        return exc.status_code >= 500
    return isinstance(exc, APIConnectionError)


class CallRunner:
    """Answer SIP calls: use it as the webhook handler (``webhook_endpoint(runner,
    shutdown=runner.shutdown)``).

    One SIP call is announced by both APIs that may answer it: the Realtime API's
    ``realtime.call.incoming`` and GPT-Live's ``live.transport.incoming`` (or its deprecated
    ``live.call.incoming``). ``answer_on`` says which answers: ``"realtime"`` (with
    ``session``), ``"live"`` (with ``live_session``, GPT-Live's accept session: ``model``
    required), or a function (plain or ``async``) of the incoming call returning one of
    them, asked for each announcement, so decide from what both carry (``event.caller``,
    ``event.callee``, ``event.sip_header(...)``). By default it is the API given a session
    (Realtime when neither is; with both, ``answer_on`` is required). It is never "whichever
    webhook arrives first": that order is the network's, and one caller would reach a
    different agent from call to call. The other API's announcement is acknowledged.

    For the chosen announcement the runner accepts the call (``client.calls.accept``, or
    ``client.live.sessions.accept``) with its session (the ``tools`` registry's tools added:
    to a Realtime session's ``tools``, to a Live session's ``delegation.responses.tools``
    under Responses delegation), opens the sideband and returns (so the delivery is answered
    200 once the call runs), and in a task of its own keeps the sideband
    (``client.connect(call_id=...)``, or ``client.live.sideband.connect(session_id=...)``)
    open, answers the model's function calls or delegations with ``tools`` (``timeout``
    seconds per call), asks a Realtime model for a first reply when ``greet`` (a GPT-Live
    model speaks as its instructions say: Live has no request to speak), and runs until a
    tool calls :func:`current_call` ``().hang_up()`` (after the goodbye) or ``.refer(...)``,
    the caller leaves (the sideband closes) or the server stops (the call gets
    ``shutdown``'s deadline); then hangs up (not after a refer).
    A redelivery of a call already accepted starts no second session; a call that ended
    (or was answered on the other API) before it was accepted is logged, not retried.
    One SIP call may be announced more than once under different webhook ids (by each API,
    by each webhook subscription): the runner claims the call in ``store`` under its SIP
    identity (the INVITE's ``Call-ID`` and ``From``) before it accepts, so one announcement
    accepts and the others are acknowledged without a second accept. Served by several
    workers, give every runner the ``RedisStore`` their endpoints share (the claim holds
    ``lease`` seconds, renewed while the accept runs, so a worker that dies mid-accept
    leaves the call to the next announcement or redelivery; an announcement arriving while
    the call is being accepted raises :class:`RetryLater`, so that it is delivered again).
    The store also notes that the accept was sent, and the worker running a call holds a run
    claim on it (renewed every third of ``lease``), listed with the call's record (its
    incoming event) while it runs: when a worker dies after its accept reached the API, the
    redelivery's accept is refused for the call's state and the runner *takes the call
    over*: it attaches by the sideband and runs it (a refused sideband: the call is over or
    another's, and is left alone). When a worker dies while it runs a call (no webhook comes
    again), every runner sharing the store looks every third of ``lease`` for run claims
    whose lease ran out, and one of them takes each such call over the same way
    (``on_start``/``on_live_start`` and the tool loop run again there, with no greeting: the
    call was under way). An accept whose answer was lost (the connection dropped after it
    was sent) is sent again within the same answer, up to ``ACCEPT_ATTEMPTS`` in all; the API
    refusing it as accepted already then means the lost one was carried out, and the call is
    run (attached by the sideband); if the sideband is refused too, the call was answered by
    someone else (the other API), and that is raised.
    On GPT-Live, the tool answering client delegations (GPT-Live's default) is
    ``client_tool`` (a tool of ``tools``), else the registry's only tool; it takes at most one
    parameter (the caller's words) and may ask for its delegation by a parameter typed
    :class:`~realtime_ext.tools.AsyncDelegationContext`. Under Responses delegation every tool
    is a function tool, called by name with its parameters. A client tool that could not
    answer is refused here, before any call is accepted; a tool loop that fails to start on
    a call accepted here fails the webhook (5xx, logged), never 200 for a call hung up.
    Each call is registered with ``shutdown`` (a :class:`GracefulShutdown`, one of its own
    by default). ``on_start(call, conn)`` (a Realtime call) or ``on_live_start(call, conn)``
    (a GPT-Live call), when given, is awaited once the sideband is open, before the
    greeting: register handlers on ``conn`` there (transcripts, audio, any event), as an
    Agents SDK app reads its session's events. Other webhook events are ignored.

    Example::

        runner = CallRunner(AsyncRealtimeClient(), session=realtime_session(
            model="gpt-realtime", instructions="You answer the phone."), tools=tools)
        app = webhook_endpoint(runner, shutdown=runner.shutdown)
        # GPT-Live answers instead:
        runner = CallRunner(AsyncRealtimeClient(), live_session={
            "model": "gpt-live-1", "instructions": "You answer the phone."}, tools=tools,
            client_tool="front_desk")
    """

    def __init__(
        self,
        client: AsyncRealtimeClient,
        *,
        session: Mapping[str, Any] | None = None,
        live_session: Mapping[str, Any] | None = None,
        answer_on: AnswerOn | None = None,
        tools: ToolRegistry | None = None,
        client_tool: str | None = None,
        greet: bool = True,
        timeout: float | None = 60.0,
        shutdown: GracefulShutdown | None = None,
        on_start: CallStart | None = None,
        on_live_start: LiveCallStart | None = None,
        store: CallStore | None = None,
        lease: float = CALL_LEASE,
    ) -> None:
        if not isinstance(client, AsyncRealtimeClient):
            raise InvalidArgumentError(
                f"client must be an AsyncRealtimeClient, got {type(client).__name__}"
            )
        if session is not None and not isinstance(session, Mapping):
            raise InvalidArgumentError(
                "session must be a dict such as realtime_session(...) returns, "
                f"got {type(session).__name__}"
            )
        check_live_session(live_session)
        if tools is not None and not isinstance(tools, ToolRegistry):
            raise InvalidArgumentError(f"tools must be a ToolRegistry, got {type(tools).__name__}")
        check_client_tool(live_session, tools, client_tool)
        if shutdown is not None and not isinstance(shutdown, GracefulShutdown):
            raise InvalidArgumentError(
                f"shutdown must be a GracefulShutdown, got {type(shutdown).__name__}"
            )
        for name, given in (("on_start", on_start), ("on_live_start", on_live_start)):
            if given is not None and not callable(given):
                raise InvalidArgumentError(
                    f"{name} must be an async function (call, conn), got {type(given).__name__}"
                )
        if store is not None and not isinstance(store, CallStore):
            raise InvalidArgumentError(
                "store must be a CallStore (MemoryStore, RedisStore or an object with "
                "claim/renew/finish/release/hit and claim_call/renew_call/finish_call/"
                f"take_over_call), got {type(store).__name__}"
            )
        self.answer_on: AnswerOn = check_answer_on(
            answer_on, realtime=session is not None, live=live_session is not None
        )
        """Which API answers each call: ``"realtime"``, ``"live"`` or the app's function."""
        self.store: CallStore = store if store is not None else MemoryStore()
        """Where each SIP call is claimed before it is accepted, and run (share one
        RedisStore between workers)."""
        self.lease: float = check_seconds_positive(lease, "lease")
        """Seconds a call's claims hold without renewal (while it is accepted, while it
        runs): a call whose worker died is taken over about this long after."""
        self.on_start: CallStart | None = on_start
        """Called with each Realtime call and its sideband once open (register handlers)."""
        self.on_live_start: LiveCallStart | None = on_live_start
        """Called with each GPT-Live call and its sideband once open (register handlers)."""
        self.client: AsyncRealtimeClient = client
        self.session: dict[str, Any] = dict(session or {"type": "realtime"})
        """The session a Realtime call is accepted with."""
        self.live_session: dict[str, Any] | None = (
            None if live_session is None else dict(live_session)
        )
        """The session a GPT-Live call is accepted with (``None``: Live answers no call)."""
        self.tools: ToolRegistry | None = tools
        self.client_tool: str | None = client_tool
        """The tool of ``tools`` answering a GPT-Live call's client delegations (``None``:
        the registry's only tool)."""
        self.greet: bool = bool(greet)
        """Whether a Realtime agent speaks first (a ``response.create`` once the sideband is
        open)."""
        self.timeout: float | None = check_seconds(timeout, "timeout")
        """Seconds each tool call may take (its output is then an error the model reads)."""
        self.shutdown: GracefulShutdown = shutdown if shutdown is not None else GracefulShutdown()
        """Give it to ``webhook_endpoint(..., shutdown=)``: calls get its deadline."""
        # Each API's answer reads the options above when a call comes (they may change).
        self._answers: dict[CallApi, CallAnswer] = {
            "realtime": RealtimeAnswer(self),
            "live": LiveAnswer(self),
        }
        # From the server's startup until its drain: the watch for calls whose worker died.
        self.shutdown.add_service(self._watch)

    def __repr__(self) -> str:
        return f"CallRunner(live={self.shutdown.live('call')!r})"

    async def __call__(self, event: WebhookEvent) -> None:
        """The webhook handler: answer an incoming call (either API's announcement), ignore
        anything else."""
        if isinstance(event, IncomingCall):
            await self.answer(event)

    async def answer(self, event: IncomingCall) -> RunningCall | None:
        """Accept the call (when ``answer_on`` chose this announcement's API) and start its
        session in a task, once its sideband is open; ``None`` when the other API answers
        it, or it was accepted before (a redelivery, or another announcement of the same SIP
        call: its session runs where it was first accepted, or here if nobody runs it) or
        had ended. Raises :class:`RetryLater` while the call is being accepted elsewhere
        (the endpoint answers 409: its webhook is delivered again).

        Example::

            call = await runner.answer(event)
        """
        if not isinstance(event, IncomingCall):
            raise InvalidArgumentError(
                "event must be an incoming call (realtime.call.incoming, "
                f"live.transport.incoming or live.call.incoming), got {type(event).__name__}"
            )
        api, call_id = api_of(event), event.subject_id
        chosen = await choose(self.answer_on, event)
        if chosen != api:
            _logger.info("call %s: answered on the %s API, not this one", call_id, chosen)
            return None
        key = sip_call_key(event, call_id)
        owner = secrets.token_hex(16)
        what = f"call {call_id}"
        state = await self.store.claim(key, owner, self.lease)
        if state == "handled":
            # Accepted before (or found past ringing): it runs where its run claim is held,
            # or nowhere if the worker that ran it died: then it is taken over here.
            return await self._start(event, key, taken_over=True)
        if state == "running":
            # Being accepted now, here or on another worker; or by one that died before it
            # was done, whose claim holds until its lease runs out. Acknowledged, this
            # delivery could be that call's last one: it is delivered again instead.
            raise RetryLater(
                f"{what}: being accepted by another worker (taken over if that worker died)"
            )
        if state == "full":
            raise OpenAIError(
                f"{what}: too many calls are being accepted at once to claim another; "
                "the webhook is answered 500 and delivered again"
            )
        # Held (renewed) until the call's session is attached, so a worker that dies before
        # leaves the whole answer to the redelivery.
        renewing = asyncio.create_task(keep_claim(self.store.renew, key, owner, self.lease, what))
        try:
            # Noted before the accept goes out: a refusal of a later one then tells whether
            # this app's own accept may have reached the API (its worker died before
            # hearing so), or someone else answered the call.
            sent_before = await self._mark(f"{key}:accept-sent", what)
            refused, unknown, before = await self._accept(event)
            if refused is None:
                call = await self._start(event, key, taken_over=before)
            elif refused.code in _PAST_RINGING and unknown:
                # Refused as accepted after an accept of this answer whose outcome was
                # unknown: that one was carried out (this worker holds the call's claim, so
                # no other of the app's accepted it). Attached by the sideband; refused
                # there too, the call is someone else's (the other API's): raised.
                _logger.info("call %s: its accept's answer was lost; attaching to it", call_id)
                call = await self._start(event, key, taken_over=True, must_attach=True)
            elif refused.code in _PAST_RINGING and sent_before:
                # Refused for its state after an accept of this app was sent: accepted by a
                # worker that died before it recorded so (or the call was answered on the
                # other API, which the sideband's refusal tells).
                _logger.info("call %s: not accepted (%s); attaching to it", call_id, refused)
                call = await self._start(event, key, taken_over=True)
            else:
                # The caller hung up before the answer, or the call was answered on the
                # other API (the API refuses the call's state, or no longer has it):
                # nothing to run, nothing to retry for 72 hours.
                await self._mark(f"{key}:run", what)
                _logger.info("call %s: could not be accepted (%s); not answered", call_id, refused)
                call = None
        except BaseException:
            await release_claim(self.store, key, owner, what)  # its redelivery answers it
            raise
        finally:
            renewing.cancel()
        await finish_claim(self.store.finish, key, owner, RETRY_HORIZON, what)
        return call

    async def _accept(self, event: IncomingCall) -> tuple[APIStatusError | None, bool, bool]:
        """Accept ``event``'s call on its API, sending the accept again while an attempt's
        outcome is unknown (at most ``ACCEPT_ATTEMPTS`` in all). Returns the API's refusal
        for the call's state (``None``: accepted), whether an attempt's outcome was unknown
        (it may have been carried out) and whether this client had accepted the call before
        (a repeat reported as done). Any other failure is raised."""
        answer, call_id = self._answers[api_of(event)], event.subject_id
        unknown = False
        for attempt in range(1, ACCEPT_ATTEMPTS + 1):
            try:
                accepted = await answer.accept(call_id)
            except APIStatusError as exc:
                if exc.code in _NOT_RINGING:
                    return exc, unknown, False
                if attempt == ACCEPT_ATTEMPTS or not _unknown_outcome(exc):
                    raise
                _logger.warning("call %s: the accept failed (%s); sent again", call_id, exc)
            except APIConnectionError as exc:
                if attempt == ACCEPT_ATTEMPTS:
                    raise
                _logger.warning(
                    "call %s: the accept's answer was lost (%s); sent again", call_id, exc
                )
            else:
                if accepted.already_done:
                    _logger.info("call %s: accepted before; attaching to it", call_id)
                return None, unknown, accepted.already_done
            unknown = True
            await asyncio.sleep(ACCEPT_RETRY_SECONDS * attempt)
        raise AssertionError("unreachable: the last attempt returns or raises")

    async def _mark(self, key: str, what: str) -> bool:
        """Record ``key`` as done in the store (for the webhooks' retry horizon); whether it
        was recorded before."""
        owner = secrets.token_hex(16)
        state = await self.store.claim(key, owner, self.lease)
        if state == "full":
            raise OpenAIError(
                f"{what}: too many calls are being answered at once to record another; "
                "the webhook is answered 500 and delivered again"
            )
        if state == "new":
            await finish_claim(self.store.finish, key, owner, RETRY_HORIZON, what)
        return state != "new"

    async def _start(
        self, event: IncomingCall, key: str, *, taken_over: bool, must_attach: bool = False
    ) -> RunningCall | None:
        """Run the accepted call of ``event`` here, unless a live worker runs it already or
        it was run: claimed under ``key``'s run claim, held while the call runs. Returns
        once its sideband is open and ``on_start``/``on_live_start`` ran (or failed to
        open). ``taken_over``: this worker did not accept it (a worker that did died), so a
        sideband refused means the call is not this app's to run: it is left alone (raised
        when ``must_attach``: this worker's own accept may have been carried out)."""
        call_id = event.subject_id
        what = f"call {call_id}"
        run_key, owner = f"{key}:run", secrets.token_hex(16)
        # The record another worker takes the call over with: its announcement, whose type
        # says its API.
        record = json.dumps(event.raw, separators=(",", ":"))
        state = await self.store.claim_call(run_key, owner, self.lease, record)
        if state == "full":
            raise OpenAIError(
                f"{what}: too many calls run at once to claim another; "
                "the webhook is answered 500 and delivered again"
            )
        if state != "new":
            ran = "runs on a worker" if state == "running" else "was run"
            _logger.info("call %s: %s; not here", call_id, ran)
            return None
        if taken_over and not must_attach:
            _logger.warning("call %s: accepted, but nobody runs it: taken over here", call_id)
        call, running, task = self._launch(event, run_key, owner, taken_over, greet=self.greet)
        try:
            opened = await asyncio.shield(running.attached)
        except asyncio.CancelledError:
            task.cancel()  # the delivery was cut: its redelivery answers the call
            raise
        if not opened and running.tools_failed is not None and not taken_over:
            # Accepted here, and nothing answers the caller: the webhook says so (5xx, logged)
            # rather than 200 for a call that was hung up.
            raise OpenAIError(
                f"{what}: its tool loop could not start ({running.tools_failed}); the call "
                "was hung up and the webhook is answered 500"
            ) from running.tools_failed
        if not opened and must_attach:
            raise OpenAIError(
                f"{what}: its accept's answer was lost and the API refuses both a second "
                "accept and the sideband: the call was answered elsewhere (the other API) or "
                "is over"
            )
        return call if opened or not taken_over else None

    def _launch(
        self, event: IncomingCall, run_key: str, owner: str, taken_over: bool, *, greet: bool
    ) -> tuple[RunningCall, Running, asyncio.Task[object]]:
        """Run ``event``'s call in a task of its own (``owner`` holds its run claim,
        ``run_key``), registered with the shutdown."""
        api, call_id = api_of(event), event.subject_id
        progress = Progress()
        call = RunningCall(event, progress, self._referrer(self._answers[api], call_id))
        attached: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        running = Running(run_key, owner, attached, taken_over, greet)
        task: asyncio.Task[object] = asyncio.create_task(
            self._run(call, progress, running), name=f"call {call_id}"
        )

        # A task cancelled before it ran (the server stops) never reaches its finally.
        def never_opened(_: object) -> None:
            if not attached.done():
                attached.set_result(False)

        task.add_done_callback(never_opened)
        self.shutdown.add_call(call_id, task)
        return call, running, task

    async def _watch(self) -> None:
        """Every third of the lease, take over the calls whose worker died (their run claims'
        leases ran out): one runner sharing the store gets each. Runs from the server's
        startup until its drain (a :meth:`GracefulShutdown.add_service`)."""
        while True:
            await asyncio.sleep(self.lease / 3)
            try:
                while not self.shutdown.closing:
                    owner = secrets.token_hex(16)
                    taken = await self.store.take_over_call(owner, self.lease)
                    if taken is None:
                        break
                    await self._resume(*taken, owner)
            except Exception as exc:  # the store failed: looked at again at the next turn
                _logger.warning("looking for calls whose worker died failed: %r", exc)

    async def _resume(self, run_key: str, record: str, owner: str) -> None:
        """Run the call ``record`` describes, whose worker died while it ran it; ``owner``
        holds its run claim now."""
        try:
            parsed = parse_event(record)
        except OpenAIError as exc:
            event, why = None, str(exc)
        else:
            event, why = parsed, f"a {parsed.type} event, not an incoming call"
        if not isinstance(event, IncomingCall):
            _logger.error("a running call's record cannot be run (%s); forgotten", why)
            await finish_claim(self.store.finish_call, run_key, owner, RETRY_HORIZON, run_key)
            return
        _logger.warning(
            "call %s: its worker stopped renewing its claim (it died): taken over here",
            event.subject_id,
        )
        # No greeting: the call was under way (its first worker greeted the caller).
        self._launch(event, run_key, owner, True, greet=False)

    def _referrer(self, answer: CallAnswer, call_id: str) -> Callable[[str], Awaitable[object]]:
        async def refer(target_uri: str) -> object:
            return await answer.refer(call_id, target_uri)

        return refer

    async def _run(self, call: RunningCall, progress: Progress, running: Running) -> None:
        set_current(call)  # this task's context: its tools (tasks, threads) see the call
        what = f"call {call.call_id}"
        renewing = asyncio.create_task(
            keep_claim(self.store.renew_call, running.key, running.owner, self.lease, what)
        )
        me = asyncio.current_task()

        def lost(renewal: asyncio.Task[None]) -> None:
            # The claim ran out before it was renewed (this worker was stopped or slowed
            # past its lease) and another runner took the call over: it is theirs now.
            if not renewal.cancelled() and not running.ending and me is not None:
                running.lost = True
                me.cancel()

        renewing.add_done_callback(lost)
        retry = False  # a takeover that could not attach yet: left to the next look
        try:
            await self._answers[call.api].run(call, progress, running)
        except asyncio.CancelledError:
            if not running.lost:
                raise  # the server stops (the shutdown logged it): hung up below
            if me is not None:
                me.uncancel()
            _logger.warning(
                "call %s: its claim ran out (this worker was slower than its lease) and "
                "another worker runs it now: left to it",
                call.call_id,
            )
        except OpenAIError as exc:
            if running.taken_over and not running.attached.done():
                retry = _unknown_outcome(exc)
                if retry:
                    _logger.warning(
                        "call %s: attaching failed (%s); tried again once its lease runs out",
                        call.call_id,
                        exc,
                    )
                else:
                    _logger.info(
                        "call %s: not this app's to run, or over (%s); left alone",
                        call.call_id,
                        exc,
                    )
            else:
                _logger.warning("call %s: the sideband failed: %s", call.call_id, exc)
        finally:
            running.ending = True  # a claim lost from now on cuts nothing (the hang-up)
            renewing.cancel()
            opened = running.attached.done()
            if not opened:
                running.attached.set_result(False)
            if running.lost or (running.taken_over and not opened):
                progress.ended.set()  # not hung up: it is, or may be, another's
            else:
                await self._hang_up(call, progress)
            if not (running.lost or retry):
                await finish_claim(
                    self.store.finish_call, running.key, running.owner, RETRY_HORIZON, what
                )

    async def _hang_up(self, call: RunningCall, progress: Progress) -> None:
        if progress.referred:
            _logger.info("call %s: transferred; left to its target", call.call_id)
            progress.ended.set()
            return
        try:
            async with asyncio.timeout(HANGUP_SECONDS):
                done = await self._answers[call.api].hangup(call.call_id)
        except (OpenAIError, TimeoutError) as exc:
            _logger.warning("call %s: the hangup failed: %s", call.call_id, exc)
        else:
            _logger.info("call %s: hung up (%s)", call.call_id, done.outcome)
        finally:
            progress.ended.set()
