from enum import StrEnum


class LiveActionFindType(StrEnum):
    FIND_IN_PAGE = "find_in_page"

    def __str__(self) -> str:
        return str(self.value)
