from enum import StrEnum


class RealtimeBetaServerEventResponseAudioDeltaType(StrEnum):
    RESPONSE_OUTPUT_AUDIO_DELTA = "response.output_audio.delta"

    def __str__(self) -> str:
        return str(self.value)
