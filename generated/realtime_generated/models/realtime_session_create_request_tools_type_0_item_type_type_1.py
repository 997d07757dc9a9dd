from enum import StrEnum


class RealtimeSessionCreateRequestToolsType0ItemTypeType1(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)
