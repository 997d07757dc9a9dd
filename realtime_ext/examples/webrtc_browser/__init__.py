"""A browser WebRTC app: a token endpoint that mints ``ek_`` keys and a plain-JS page.

Run it with ``python -m realtime_ext.examples.webrtc_browser.server --fake``.
"""
