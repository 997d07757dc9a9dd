"""A browser translation call: a token endpoint minting translation ``ek_`` keys, and a page.

Run it with ``python -m realtime_ext.examples.webrtc_translation_browser.server --fake``.
"""
