from enum import StrEnum


class LiveToolCustomType(StrEnum):
    CUSTOM = "custom"

    def __str__(self) -> str:
        return str(self.value)
