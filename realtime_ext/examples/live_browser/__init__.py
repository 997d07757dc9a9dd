"""A browser GPT-Live app: ``live_offer_endpoint`` relays the page's SDP offer, in FastAPI.

Run it with ``python -m realtime_ext.examples.live_browser.server --fake``.
"""
