from enum import StrEnum


class RealtimeServerEventInputAudioBufferSpeechStartedType(StrEnum):
    INPUT_AUDIO_BUFFER_SPEECH_STARTED = "input_audio_buffer.speech_started"

    def __str__(self) -> str:
        return str(self.value)
