from enum import StrEnum


class LiveAudioPCMUType(StrEnum):
    AUDIOPCMU = "audio/pcmu"

    def __str__(self) -> str:
        return str(self.value)
