from enum import StrEnum


class RealtimeTranslationServerEventSessionOutputAudioDeltaFormat(StrEnum):
    PCM16 = "pcm16"

    def __str__(self) -> str:
        return str(self.value)
