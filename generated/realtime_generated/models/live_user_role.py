from enum import StrEnum


class LiveUserRole(StrEnum):
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
