from enum import StrEnum


class LiveToolChoiceTypesType(StrEnum):
    CODE_INTERPRETER = "code_interpreter"
    COMPUTER = "computer"
    COMPUTER_USE = "computer_use"
    COMPUTER_USE_PREVIEW = "computer_use_preview"
    FILE_SEARCH = "file_search"
    IMAGE_GENERATION = "image_generation"
    WEB_SEARCH_PREVIEW = "web_search_preview"
    WEB_SEARCH_PREVIEW_2025_03_11 = "web_search_preview_2025_03_11"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LiveToolChoiceTypesType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value this client was not generated with (kept as is)."""
        return self._name_ != "UNKNOWN"
