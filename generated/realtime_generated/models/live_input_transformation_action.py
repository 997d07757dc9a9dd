from enum import StrEnum


class LiveInputTransformationAction(StrEnum):
    REMOVED = "removed"

    def __str__(self) -> str:
        return str(self.value)
