from enum import StrEnum


class RealtimeBetaServerEventRateLimitsUpdatedType(StrEnum):
    RATE_LIMITS_UPDATED = "rate_limits.updated"

    def __str__(self) -> str:
        return str(self.value)
