"""One module per API resource; the clients import each on first use.

Example::

    from realtime_ext.resources.calls import Calls  # what ``client.calls`` is
"""
