from enum import StrEnum


class LiveMoveType(StrEnum):
    MOVE = "move"

    def __str__(self) -> str:
        return str(self.value)
