from enum import StrEnum


class RealtimeAudioFormatsPCMAudioFormatTypeType1(StrEnum):
    AUDIOPCM = "audio/pcm"

    def __str__(self) -> str:
        return str(self.value)
