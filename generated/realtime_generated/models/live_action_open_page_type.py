from enum import StrEnum


class LiveActionOpenPageType(StrEnum):
    OPEN_PAGE = "open_page"

    def __str__(self) -> str:
        return str(self.value)
