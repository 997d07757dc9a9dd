"""A client library for accessing OpenAI API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

from ._spec import GENERATOR, SPEC_COMMIT, SPEC_SHA256, SPEC_URL, SPEC_VERSION

__version__ = "2.3.0"
__all__ += (
    "GENERATOR",
    "SPEC_COMMIT",
    "SPEC_SHA256",
    "SPEC_URL",
    "SPEC_VERSION",
    "__version__",
)
