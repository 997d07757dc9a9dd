from enum import StrEnum


class RealtimeTranslationServerEventSessionOutputAudioDeltaFormatType1(StrEnum):
    PCM16 = "pcm16"

    def __str__(self) -> str:
        return str(self.value)
