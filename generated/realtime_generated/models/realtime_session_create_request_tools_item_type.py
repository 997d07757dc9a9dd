from enum import StrEnum


class RealtimeSessionCreateRequestToolsItemType(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)
