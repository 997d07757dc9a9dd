from enum import StrEnum


class RealtimeTranslationSessionType(StrEnum):
    TRANSLATION = "translation"

    def __str__(self) -> str:
        return str(self.value)
