from enum import StrEnum


class RealtimeAudioFormatsPCMUAudioFormatTypeType1(StrEnum):
    AUDIOPCMU = "audio/pcmu"

    def __str__(self) -> str:
        return str(self.value)
