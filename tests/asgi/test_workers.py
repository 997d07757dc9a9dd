"""Webhooks handled once and tokens rate-limited across processes (issue 55): a real
redis-server, and the app (tests/asgi/_workers_app.py) served by ``uvicorn --workers 2`` and,
standing in for two machines behind a load balancer, by two separate uvicorn processes, all
sharing one ``RedisStore``.

The handler counts its runs in Redis. The same delivery (freshly signed each time, as
OpenAI retries) sent to both workers at once, one after the other, and across a restart is
handled exactly once, and nothing is answered 5xx; a worker killed (SIGKILL) in the middle
of a handler leaves a claim that runs out after its (short) lease, and the delivery is then
handled exactly once by another worker; a client over its token limit gets 429 from every
worker while another client is served.
"""

from __future__ import annotations

import functools
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import redis

from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.webhooks import sign
from support.redis_server import redis_server
from support.waiting import until
from tests.webhooks._data import SECRET, call_incoming_json

ROOT = Path(__file__).resolve().parents[2]
LEASE = 1.0  # seconds: a killed worker's claim runs out quickly
PAGE = {"Origin": "https://app.example.com", "Host": "app.example.com"}


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    with redis_server() as url:
        yield url


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as server:
        yield server


@pytest.fixture
def db(redis_url: str) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    yield client
    client.close()


@functools.cache
def http() -> httpx.Client:
    """One client for every request of this file. ``httpx.get``/``httpx.post`` build a client,
    and with it an SSL context loading certifi's CA bundle (35-100 ms of CPU), per request:
    194 of them, most while polling for uvicorn to listen, were half this file's CPU. No
    keep-alive: every request still opens its own connection, so under ``--workers 2`` the
    kernel picks the worker for each request, as before (a kept-alive connection would stay
    with one worker)."""
    return httpx.Client(limits=httpx.Limits(max_keepalive_connections=0))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Deployment:
    """The app on ``processes`` uvicorn processes of ``workers`` workers each."""

    env: dict[str, str]
    processes: int
    workers: int
    urls: list[str] = field(default_factory=list[str])
    running: list[subprocess.Popen[bytes]] = field(default_factory=list[subprocess.Popen[bytes]])

    def start(self) -> None:
        self.urls = []
        for _ in range(self.processes):
            port = _free_port()
            command = [
                sys.executable,
                "-m",
                "uvicorn",
                "tests.asgi._workers_app:app",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--log-level",
                "warning",
                "--no-access-log",
            ]
            if self.workers > 1:
                command += ["--workers", str(self.workers)]
            self.running.append(
                subprocess.Popen(command, cwd=ROOT, env=self.env, start_new_session=True)
            )
            self.urls.append(f"http://127.0.0.1:{port}")
        for url, process in zip(self.urls, self.running, strict=True):
            until(lambda url=url, process=process: _answers(url, process), f"uvicorn at {url}", 60)

    def stop(self) -> None:
        for process in self.running:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)  # the server and its workers
        for process in self.running:
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(10)
        self.running = []

    def restart(self) -> None:
        self.stop()
        self.start()

    def url(self, n: int) -> str:
        """The n-th address, round robin (the same one under --workers: the kernel picks)."""
        return self.urls[n % len(self.urls)]


def _answers(url: str, process: subprocess.Popen[bytes]) -> bool:
    if process.poll() is not None:
        pytest.fail(f"uvicorn exited with {process.returncode} before serving {url}")
    try:
        http().get(url + "/hooks", timeout=2)
    except httpx.TransportError:
        return False
    return True


@pytest.fixture(scope="module", params=["workers-2", "two-processes"])
def deployment(
    request: pytest.FixtureRequest, redis_url: str, fake: FakeRealtimeServer
) -> Iterator[Deployment]:
    env = {
        **os.environ,
        "TEST_REDIS_URL": redis_url,
        "TEST_LEASE": str(LEASE),
        "TEST_FAKE_URL": fake.base_url,
        "OPENAI_WEBHOOK_SECRET": SECRET,
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")]),
    }
    two = request.param == "two-processes"
    running = Deployment(env, processes=2 if two else 1, workers=1 if two else 2)
    running.start()
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def app(deployment: Deployment) -> Deployment:
    """The deployment with every worker serving: started again when a test killed one of its
    servers, and otherwise waited for until each worker has answered. Under ``--workers 2``
    uvicorn's supervisor replaces a killed worker by itself, but the new worker takes a
    while to import the app; a test started before it listens would see one worker only
    (seen in CI: the token test after the kill test, 300 answers all from one pid)."""
    if any(process.poll() is not None for process in deployment.running):
        deployment.restart()
    until_every_worker(deployment, lambda n: http().get(deployment.url(n) + "/hooks"), _any)
    return deployment


def _any(answer: httpx.Response) -> None:
    """Any answer will do: a ``GET`` of the webhook path only names its worker."""


def deliver(url: str, call_id: str, timeout: float = 30) -> httpx.Response:
    """The delivery of ``call_id``'s incoming call, signed now (as OpenAI signs each retry)
    under the one ``webhook-id`` of that delivery."""
    body = call_incoming_json(call_id=call_id)
    headers = sign(body, SECRET, msg_id=f"msg_{call_id}")
    return http().post(f"{url}/hooks/openai", content=body, headers=headers, timeout=timeout)


def count(db: redis.Redis, name: str) -> int:
    value = db.get(name)
    return int(value) if value is not None else 0


def pid_of(response: httpx.Response) -> int:
    return int(response.headers["x-worker-pid"])


def until_every_worker(
    app: Deployment, ask: Callable[[int], httpx.Response], check: Callable[[httpx.Response], None]
) -> list[httpx.Response]:
    """Ask again (round robin over the addresses) until every worker has answered, each
    answer checked; for at most 60 seconds (a time bound, not a count of requests: which
    worker accepts a connection is the kernel's choice, and a loaded machine may favour one
    for a while)."""
    answers: list[httpx.Response] = []
    seen: set[int] = set()
    deadline = time.monotonic() + 60
    n = 0
    while time.monotonic() < deadline:
        answer = ask(n)
        n += 1
        check(answer)
        answers.append(answer)
        seen.add(pid_of(answer))
        if len(seen) >= app.processes * app.workers:
            return answers
    pytest.fail(f"only workers {sorted(seen)} answered {n} requests in 60 s")


def test_one_delivery_sent_to_every_worker_at_once_is_handled_once(
    app: Deployment, db: redis.Redis
) -> None:
    call_id = f"rtc_hold_{uuid.uuid4().hex}"
    barrier = threading.Barrier(8)

    def at_once(n: int) -> httpx.Response:
        barrier.wait(30)
        return deliver(app.url(n), call_id)

    with ThreadPoolExecutor(8) as pool:
        burst = [pool.submit(at_once, n) for n in range(8)]
        until(lambda: count(db, f"started:{call_id}") == 1, "the handler to start", 60)
        # Every other copy is turned away while the first runs: the burst and then more,
        # until each worker has answered one.
        until(lambda: sum(f.done() for f in burst) == 7, "seven copies answered", 60)

        def running(answer: httpx.Response) -> None:
            assert answer.status_code == 409, answer.text
            assert int(answer.headers["retry-after"]) > 0

        for done in (f for f in burst if f.done()):
            running(done.result())
        until_every_worker(app, lambda n: deliver(app.url(n), call_id), running)
        db.rpush(f"go:{call_id}", "1")
        answers = [f.result() for f in burst]
    assert sorted(a.status_code for a in answers) == [200] + [409] * 7
    assert count(db, f"started:{call_id}") == count(db, f"done:{call_id}") == 1

    def acknowledged(answer: httpx.Response) -> None:
        assert answer.status_code == 200 and answer.json()["duplicate"] is True

    until_every_worker(app, lambda n: deliver(app.url(n), call_id), acknowledged)
    assert count(db, f"started:{call_id}") == 1


def test_redeliveries_one_after_the_other_and_across_a_restart_are_handled_once(
    app: Deployment, db: redis.Redis
) -> None:
    call_id = f"rtc_{uuid.uuid4().hex}"
    first = deliver(app.url(0), call_id)
    assert first.status_code == 200 and "duplicate" not in first.json()

    def acknowledged(answer: httpx.Response) -> None:
        assert answer.status_code == 200, answer.text
        assert answer.json()["duplicate"] is True

    until_every_worker(app, lambda n: deliver(app.url(n + 1), call_id), acknowledged)
    app.restart()
    until_every_worker(app, lambda n: deliver(app.url(n), call_id), acknowledged)
    assert count(db, f"started:{call_id}") == count(db, f"done:{call_id}") == 1


def test_a_worker_killed_mid_handler_leaves_the_delivery_to_be_handled_once(
    app: Deployment, db: redis.Redis
) -> None:
    call_id = f"rtc_hang_{uuid.uuid4().hex}"
    with ThreadPoolExecutor(1) as pool:
        cut = pool.submit(deliver, app.url(0), call_id)
        until(lambda: count(db, f"started:{call_id}") == 1, "the handler to start", 60)
        victim = int(db.get(f"pid:{call_id}") or -1)
        # A worker of the app's, never this process or a group (kill(0 or -1) would be).
        assert victim > 1 and victim != os.getpid()
        os.kill(victim, signal.SIGKILL)
        with pytest.raises(httpx.TransportError):
            cut.result()  # its connection died with it: no answer, no 5xx
    # OpenAI retries: turned away (409) while the dead worker's lease lasts, then taken over.
    answers: list[httpx.Response] = []

    def retried() -> bool:
        answer = deliver(app.url(1), call_id)
        answers.append(answer)
        assert answer.status_code in (200, 409), answer.text
        return answer.status_code == 200

    until(retried, "the delivery to be taken over once the lease ran out", 60)
    assert "duplicate" not in answers[-1].json()
    assert pid_of(answers[-1]) != victim
    assert count(db, f"started:{call_id}") == 2  # the killed run and the one that took over
    assert count(db, f"done:{call_id}") == 1
    again = deliver(app.url(1), call_id)  # two processes: the first was killed
    assert again.status_code == 200 and again.json()["duplicate"] is True
    assert count(db, f"done:{call_id}") == 1


def test_a_client_over_its_token_limit_gets_429_from_every_worker(
    app: Deployment, db: redis.Redis, fake: FakeRealtimeServer
) -> None:
    alice, bob = f"alice-{uuid.uuid4().hex}", f"bob-{uuid.uuid4().hex}"

    def token(n: int, user: str) -> httpx.Response:
        return http().post(f"{app.url(n)}/token", headers={**PAGE, "x-user": user}, timeout=30)

    served = [token(n, alice) for n in range(3)]  # 3/minute, counted once for all workers
    assert [r.status_code for r in served] == [200, 200, 200]
    assert all(r.json()["value"].startswith("ek_") for r in served)

    def limited(answer: httpx.Response) -> None:
        assert answer.status_code == 429, answer.text
        assert 0 < int(answer.headers["retry-after"]) <= 60

    until_every_worker(app, lambda n: token(n, alice), limited)

    # Another client is served meanwhile: its own count of 3.
    assert [token(n, bob).status_code for n in range(4)] == [200, 200, 200, 429]
    assert token(0, alice).status_code == 429
