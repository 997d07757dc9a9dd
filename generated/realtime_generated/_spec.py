"""The spec this package was generated from (written by scripts/regen.py)."""

SPEC_SHA256 = "db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8"
SPEC_COMMIT = "f85dbe223d40e1a31cba812ab2d755c7e98a92a3"
SPEC_DATE = "2026-08-21"
SPEC_URL = (
    "https://raw.githubusercontent.com/openai/openai-openapi/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.yaml"
)
SPEC_VERSION = "2.3.0"
GENERATOR = "openapi-python-client 0.29.1"
VERSION = "2.3.0.20260821.16777263"
GENERATION_FINGERPRINT = "7d28f26f161d8a8821502bab08ae0feaa06f018fb0873edd73555ffbe9981776"
