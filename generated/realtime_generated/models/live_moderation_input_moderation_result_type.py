from enum import StrEnum


class LiveModerationInputModerationResultType(StrEnum):
    MODERATION_RESULT = "moderation_result"

    def __str__(self) -> str:
        return str(self.value)
