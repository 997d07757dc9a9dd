from enum import StrEnum


class RealtimeAudioFormatsPCMUAudioFormatType(StrEnum):
    AUDIOPCMU = "audio/pcmu"

    def __str__(self) -> str:
        return str(self.value)
