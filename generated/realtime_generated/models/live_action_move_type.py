from enum import StrEnum


class LiveActionMoveType(StrEnum):
    MOVE = "move"

    def __str__(self) -> str:
        return str(self.value)
