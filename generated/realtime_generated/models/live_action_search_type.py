from enum import StrEnum


class LiveActionSearchType(StrEnum):
    SEARCH = "search"

    def __str__(self) -> str:
        return str(self.value)
