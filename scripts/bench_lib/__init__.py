"""``make bench``: this project against the official ``openai`` package, in one run.

One module per benchmark (``cold_import``, ``first_connection``, ``request_overhead``,
``event_decoding``, ``websocket_recv``, ``sdp_roundtrip``, ``regen_time``, ``peak_memory``),
the sides they compare in ``subjects`` and ``ws_sides``, and the shared timing/report code
in ``report``. ``cli.main`` runs them all.

Example:
    >>> from bench_lib.cli import main
    >>> main(["--quick", "--output", "/tmp/bench.json"])  # doctest: +SKIP
    0
"""
