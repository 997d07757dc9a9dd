from enum import StrEnum


class RealtimeConversationItemWithReferenceContentItemType(StrEnum):
    INPUT_AUDIO = "input_audio"
    INPUT_TEXT = "input_text"
    ITEM_REFERENCE = "item_reference"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RealtimeConversationItemWithReferenceContentItemType | None":
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
