from enum import StrEnum


class RealtimeConversationItemMessageSystemContentItemTypeType1(StrEnum):
    INPUT_TEXT = "input_text"

    def __str__(self) -> str:
        return str(self.value)
