"""The REST and base errors, kept importable from here: they live in ``_exceptions``
(one module, the tree in its docstring). New code imports from ``realtime_ext._exceptions``.
"""

from __future__ import annotations

from ._exceptions import APIConnectionError as APIConnectionError
from ._exceptions import APIError as APIError
from ._exceptions import APIResponseValidationError as APIResponseValidationError
from ._exceptions import APIStatusError as APIStatusError
from ._exceptions import APITimeoutError as APITimeoutError
from ._exceptions import AuthenticationError as AuthenticationError
from ._exceptions import BadRequestError as BadRequestError
from ._exceptions import ConflictError as ConflictError
from ._exceptions import InternalServerError as InternalServerError
from ._exceptions import InvalidArgumentError as InvalidArgumentError
from ._exceptions import NotFoundError as NotFoundError
from ._exceptions import PermissionDeniedError as PermissionDeniedError
from ._exceptions import RateLimitError as RateLimitError
from ._exceptions import RealtimeError as RealtimeError
from ._exceptions import RealtimeServerError as RealtimeServerError
from ._exceptions import UnprocessableEntityError as UnprocessableEntityError
from ._exceptions import status_error_class as status_error_class

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RealtimeError",
    "RealtimeServerError",
    "UnprocessableEntityError",
    "status_error_class",
]
