from enum import StrEnum


class RealtimeServerEventInputAudioBufferSpeechStoppedType(StrEnum):
    INPUT_AUDIO_BUFFER_SPEECH_STOPPED = "input_audio_buffer.speech_stopped"

    def __str__(self) -> str:
        return str(self.value)
