"""Deprecated names: the warning an old name gives for one release after it moved.

A package keeps a renamed or moved name importable from its module ``__getattr__`` (never
bound in the module, never in ``__all__``, so each use warns and the name has one home),
and calls :func:`warn_moved` before returning the object from its new home.
"""

from __future__ import annotations

import warnings


def warn_moved(old: str, new: str) -> None:
    """Warn (``DeprecationWarning``, at the caller of the module's ``__getattr__``).

    Example:
        >>> import warnings
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     warn_moved("realtime_ext.audio.Old", "realtime_ext.testing.New")
        >>> print(caught[0].message)
        realtime_ext.audio.Old is deprecated: use realtime_ext.testing.New (the old name goes...
        >>> caught[0].category.__name__
        'DeprecationWarning'
    """
    warnings.warn(
        f"{old} is deprecated: use {new} (the old name goes in the next release)",
        DeprecationWarning,
        stacklevel=3,  # warn_moved <- the module's __getattr__ <- the code that named it
    )
