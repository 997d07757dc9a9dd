"""A fake server whose first response is cut mid-stream: the line drops (1006) after its
first delta, as a production connection can, to test an app's answer to a lost reply."""

from __future__ import annotations

from realtime_ext.testing import FakeRealtimeServer


class CuttingServer(FakeRealtimeServer):
    """``FakeRealtimeServer`` that, once started, drops the connection of its next response
    after one delta (``faults.drop_mid_response``); an example run with ``--fake`` takes it
    in place of the plain one."""

    def start(self) -> CuttingServer:
        super().start()
        self.faults.drop_mid_response(after_deltas=1)
        return self
