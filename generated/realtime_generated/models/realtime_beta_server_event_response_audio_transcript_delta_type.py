from enum import StrEnum


class RealtimeBetaServerEventResponseAudioTranscriptDeltaType(StrEnum):
    RESPONSE_OUTPUT_AUDIO_TRANSCRIPT_DELTA = "response.output_audio_transcript.delta"

    def __str__(self) -> str:
        return str(self.value)
