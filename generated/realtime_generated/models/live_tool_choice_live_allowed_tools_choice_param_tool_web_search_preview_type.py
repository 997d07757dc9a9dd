from enum import StrEnum


class LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearchPreviewType(StrEnum):
    WEB_SEARCH_PREVIEW = "web_search_preview"

    def __str__(self) -> str:
        return str(self.value)
