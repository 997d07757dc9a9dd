from enum import StrEnum


class RealtimeServerEventOutputAudioBufferStartedType(StrEnum):
    OUTPUT_AUDIO_BUFFER_STARTED = "output_audio_buffer.started"

    def __str__(self) -> str:
        return str(self.value)
