"""A worker killed while it runs a SIP call loses nothing (issue 65): its webhook was answered
200, so nothing delivers the call again, but its run claim in Redis is no longer renewed,
and another worker sharing the store takes the call over once its lease runs out: it
attaches by the sideband and runs the tool loop, exactly once, on GPT-Live and on the
Realtime API alike. A worker that is only slow (stopped for less than its lease) keeps its
call, and so does a worker draining on SIGTERM: nobody runs it twice.

Two uvicorn processes of ``tests/asgi/_live_workers_app.py`` share a real redis-server and
talk to the fake API, each request of theirs naming its worker's pid (``x-worker-pid``), so
the fake tells whose accept and hang-up it saw; the sidebands it saw are told apart by
order (the first opened before the first worker was killed)."""

from __future__ import annotations

import itertools
import json
import os
import signal
from collections.abc import Iterator

import pytest
import redis

from realtime_ext.asgi import CallApi
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._server import ConnectionRecord
from support.redis_server import redis_server
from support.waiting import until
from tests.asgi._serve import (
    LEASE,
    WAIT,
    deliver,
    live_incoming_bodies,
    uvicorn_workers,
    worker_env,
)

pytestmark = pytest.mark.once(
    reason="uvicorn processes and a real redis-server; the runner's code is the same on "
    "every interpreter"
)


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as server:
        yield server


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    with redis_server() as url:
        yield url


@pytest.fixture
def db(redis_url: str) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(redis_url)
    yield client
    client.close()


class Call:
    """A SIP call rung on both APIs, to be answered on ``api``: its id there and the
    announcement to deliver."""

    def __init__(self, fake: FakeRealtimeServer, api: CallApi, tag: str) -> None:
        invite = (("From", f"<sip:+14155550123@example.com>;tag={tag}"), ("Call-ID", tag))
        session_id, call_id = fake.live_call_incoming(sip_headers=invite)
        live, realtime = live_incoming_bodies(session_id, call_id, invite, "srtp")
        self.fake, self.api = fake, api
        self.id = session_id if api == "live" else call_id
        self.body = live if api == "live" else realtime

    def sidebands(self) -> list[ConnectionRecord]:
        """The sideband sockets opened to the call, in order."""
        path = f"/v1/live/sessions/{self.id}/attach" if self.api == "live" else "/v1/realtime"
        return [
            record
            for record in self.fake.connections
            if record.path == path and (self.api == "live" or record.query["call_id"] == [self.id])
        ]

    def requests(self, action: str) -> list[int]:
        """The pids of the workers that sent ``action`` (accept, hangup) for the call."""
        return [
            int(request.header("x-worker-pid") or 0)
            for request in self.fake.requests
            if request.path.endswith(f"/{self.id}/{action}")
        ]

    def attached(self) -> int:
        """Sidebands attached to the call now."""
        if self.api == "live":
            return len(self.fake.live_sessions.entries[self.id].live.observers)
        return self.fake.call_session(self.id).channels

    def tool_round(self) -> None:
        """The caller says goodbye: the model calls the agent's tool, which hangs up after
        the goodbye."""
        self.fake.script.next_response(function_call=("front_desk", {"request": "Bye!"}))
        if self.api == "live":
            self.fake.live_caller_says(self.id, "That is all, bye!")
        else:
            self.fake.script.next_response(text="Goodbye!")
            self.fake.caller_says(self.id, "That is all, bye!")

    def ended(self) -> bool:
        if self.api == "live":
            return self.fake.live_sessions.entries[self.id].state == "ended"
        return self.fake.calls[self.id].state == "ended"

    def answered_over(self) -> list[int]:
        """Which sidebands (by their order) the tool's output ("Goodbye!") went over."""
        return [
            n
            for n, record in enumerate(self.sidebands())
            if any("Goodbye!" in json.dumps(event) for event in record.events)
        ]


def env(redis_url: str, fake: FakeRealtimeServer, api: CallApi, prefix: str, lease: float):
    return {
        **worker_env(redis_url, lease),
        "TEST_API_URL": fake.base_url,
        "TEST_API": api,
        "TEST_PREFIX": prefix,
    }


@pytest.mark.parametrize("api", ["live", "realtime"])
def test_a_worker_killed_mid_call_leaves_the_call_to_another_worker_once(
    fake: FakeRealtimeServer, redis_url: str, db: redis.Redis, api: CallApi
) -> None:
    call = Call(fake, api, f"mid-call-{api}@pc33")
    prefix = f"takeover-{api}"
    worker = env(redis_url, fake, api, prefix, LEASE)
    with uvicorn_workers(worker, worker) as [(first, a), (_, b)]:
        assert deliver(first, call.body).status_code == 200  # accepted, running on A
        until(lambda: call.attached() == 1, "A's sideband", WAIT)
        assert len(call.sidebands()) == 1
        os.killpg(a.pid, signal.SIGKILL)  # mid-call: nothing delivers the webhook again
        a.wait(WAIT)
        # B, which got no webhook, sees A's run claim lapse and takes the call over.
        until(lambda: len(call.sidebands()) == 2, "B to take the call over", WAIT)
        until(lambda: call.attached() == 1, "B's sideband", WAIT)
        call.tool_round()
        until(call.ended, "B's tool to say goodbye and hang up", WAIT)
        assert call.answered_over() == [1]  # over B's sideband, the second
        assert call.requests("hangup") == [b.pid]
        assert call.requests("accept") == [a.pid]  # one accept in all
        assert len(call.sidebands()) == 2  # one sideband per worker
        # The call ended: it is no longer listed, and what stays in Redis expires.
        until(lambda: db.zcard(f"{{{prefix}}}:calls") == 0, "the call to be forgotten", WAIT)
        assert list(db.scan_iter(f"{{{prefix}}}:call:*")) == []
        keys = list(db.scan_iter(f"{{{prefix}}}:*"))
        assert keys and all(db.pttl(key) > 0 for key in keys)


def test_a_worker_slower_than_its_renewals_but_within_its_lease_keeps_its_call(
    fake: FakeRealtimeServer, redis_url: str, db: redis.Redis
) -> None:
    call = Call(fake, "live", "stopped@pc33")
    lease, prefix = 3.0, "takeover-stopped"  # renewed every second, held three
    worker = env(redis_url, fake, "live", prefix, lease)
    with uvicorn_workers(worker, worker) as [(first, a), (_, b)]:
        assert deliver(first, call.body).status_code == 200
        until(lambda: call.attached() == 1, "A's sideband", WAIT)
        [run] = db.scan_iter(f"{{{prefix}}}:delivery:*:run")
        os.killpg(a.pid, signal.SIGSTOP)
        try:
            # Stopped until its claim has gone unrenewed for half its lease (a renewal
            # missed; B, looking every second, has looked meanwhile): still A's.
            until(lambda: 0 < db.pttl(run) < lease * 500, "A to miss a renewal", WAIT)
            assert len(call.sidebands()) == 1
        finally:
            os.killpg(a.pid, signal.SIGCONT)
        until(lambda: db.pttl(run) > lease * 700, "A to renew its claim again", WAIT)
        call.tool_round()
        until(call.ended, "A's tool to say goodbye and hang up", WAIT)
        assert call.answered_over() == [0]
        assert call.requests("hangup") == [a.pid]
        assert len(call.sidebands()) == 1  # B never ran it
        assert b.poll() is None


def test_a_draining_worker_keeps_renewing_its_call_and_nobody_takes_it_over(
    fake: FakeRealtimeServer, redis_url: str, db: redis.Redis
) -> None:
    call = Call(fake, "live", "draining@pc33")
    prefix = "takeover-draining"
    worker = {**env(redis_url, fake, "live", prefix, LEASE), "TEST_DEADLINE": str(WAIT * 3)}
    with uvicorn_workers(worker, worker) as [(first, a), (_, b)]:
        assert deliver(first, call.body).status_code == 200
        until(lambda: call.attached() == 1, "A's sideband", WAIT)
        [run] = db.scan_iter(f"{{{prefix}}}:delivery:*:run")
        os.killpg(a.pid, signal.SIGTERM)  # a deploy: A drains, its call has the deadline
        until(lambda: deliver(first, call.body).status_code == 503, "A to drain", WAIT)
        seen: list[int] = []

        def renewed_for_a_lease() -> bool:
            seen.append(db.pttl(run))
            return sum(later > earlier for earlier, later in itertools.pairwise(seen)) >= 4

        # Renewed four times while draining (over a lease: B has looked meanwhile).
        until(renewed_for_a_lease, "A to keep renewing its call while it drains", WAIT)
        assert len(call.sidebands()) == 1  # nobody took it over
        call.tool_round()
        until(call.ended, "A's tool to say goodbye and hang up", WAIT)
        # Its call over, A stopped (uvicorn re-raises the signal it stopped on).
        assert a.wait(WAIT) in (0, -signal.SIGTERM)
        assert call.answered_over() == [0]
        assert call.requests("hangup") == [a.pid]
        assert len(call.sidebands()) == 1
        assert b.poll() is None
