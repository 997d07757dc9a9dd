from enum import StrEnum


class LiveDataChannelConfigAllowedClientEvents(StrEnum):
    ALL = "all"

    def __str__(self) -> str:
        return str(self.value)
