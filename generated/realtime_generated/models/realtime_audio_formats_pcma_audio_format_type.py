from enum import StrEnum


class RealtimeAudioFormatsPCMAAudioFormatType(StrEnum):
    AUDIOPCMA = "audio/pcma"

    def __str__(self) -> str:
        return str(self.value)
