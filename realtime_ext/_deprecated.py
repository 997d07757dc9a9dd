"""Deprecated names: the warning an old name gives for one release after it moved.

A package keeps a renamed or moved name importable from its module ``__getattr__`` (never
bound in the module, never in ``__all__``, so each use warns and the name has one home),
and calls :func:`warn_deprecated` before returning the object from its new home.
"""

from __future__ import annotations

import sys
import warnings


def warn_deprecated(old: str, instead: str) -> None:
    """Warn that ``old`` is deprecated (``DeprecationWarning``, at the code that named it).

    ``instead``: what to write now. Called from the module's ``__getattr__``.

    Example:
        >>> import warnings
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     warn_deprecated("realtime_ext.audio.Old", "use realtime_ext.testing.New")
        >>> print(caught[0].message)
        realtime_ext.audio.Old is deprecated: use realtime_ext.testing.New (the old name goes...
        >>> caught[0].category.__name__
        'DeprecationWarning'
    """
    # ``from package import old`` looks the name up twice: importlib's check for a
    # submodule of that name (hasattr), then the import itself. Only the import warns.
    # The asker: warn_deprecated <- the module's __getattr__ <- the code that named it.
    asker = sys._getframe(2)  # pyright: ignore[reportPrivateUsage]
    if asker.f_code.co_name == "_handle_fromlist":
        return
    warnings.warn(
        f"{old} is deprecated: {instead} (the old name goes in the next release)",
        DeprecationWarning,
        stacklevel=3,  # warn_deprecated <- the module's __getattr__ <- the code that named it
    )
