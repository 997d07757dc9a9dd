from enum import StrEnum


class RealtimeServerEventResponseAudioTranscriptDoneType(StrEnum):
    RESPONSE_OUTPUT_AUDIO_TRANSCRIPT_DONE = "response.output_audio_transcript.done"

    def __str__(self) -> str:
        return str(self.value)
