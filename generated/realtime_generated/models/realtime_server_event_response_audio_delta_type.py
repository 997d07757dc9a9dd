from enum import StrEnum


class RealtimeServerEventResponseAudioDeltaType(StrEnum):
    RESPONSE_OUTPUT_AUDIO_DELTA = "response.output_audio.delta"

    def __str__(self) -> str:
        return str(self.value)
