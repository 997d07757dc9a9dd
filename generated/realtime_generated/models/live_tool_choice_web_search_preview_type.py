from enum import StrEnum


class LiveToolChoiceWebSearchPreviewType(StrEnum):
    WEB_SEARCH_PREVIEW = "web_search_preview"

    def __str__(self) -> str:
        return str(self.value)
