from enum import StrEnum


class LiveActionSearchSourceType(StrEnum):
    URL = "url"

    def __str__(self) -> str:
        return str(self.value)
