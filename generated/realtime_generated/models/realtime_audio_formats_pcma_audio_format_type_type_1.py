from enum import StrEnum


class RealtimeAudioFormatsPCMAAudioFormatTypeType1(StrEnum):
    AUDIOPCMA = "audio/pcma"

    def __str__(self) -> str:
        return str(self.value)
