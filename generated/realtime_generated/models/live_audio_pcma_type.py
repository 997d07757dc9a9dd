from enum import StrEnum


class LiveAudioPCMAType(StrEnum):
    AUDIOPCMA = "audio/pcma"

    def __str__(self) -> str:
        return str(self.value)
