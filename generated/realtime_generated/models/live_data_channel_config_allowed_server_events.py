from enum import StrEnum


class LiveDataChannelConfigAllowedServerEvents(StrEnum):
    ALL = "all"

    def __str__(self) -> str:
        return str(self.value)
