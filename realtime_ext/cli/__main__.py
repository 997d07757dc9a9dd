"""``python -m realtime_ext.cli``: the ``realtime-ext`` command without the console script."""

import sys

from . import main

sys.exit(main())
