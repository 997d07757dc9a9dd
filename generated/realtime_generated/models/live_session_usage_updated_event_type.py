from enum import StrEnum


class LiveSessionUsageUpdatedEventType(StrEnum):
    SESSION_USAGE_UPDATED = "session.usage.updated"

    def __str__(self) -> str:
        return str(self.value)
