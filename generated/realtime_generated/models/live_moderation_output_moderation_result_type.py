from enum import StrEnum


class LiveModerationOutputModerationResultType(StrEnum):
    MODERATION_RESULT = "moderation_result"

    def __str__(self) -> str:
        return str(self.value)
