from enum import StrEnum


class RealtimeAudioFormatsPCMAudioFormatType(StrEnum):
    AUDIOPCM = "audio/pcm"

    def __str__(self) -> str:
        return str(self.value)
