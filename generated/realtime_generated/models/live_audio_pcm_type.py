from enum import StrEnum


class LiveAudioPCMType(StrEnum):
    AUDIOPCM = "audio/pcm"

    def __str__(self) -> str:
        return str(self.value)
