from enum import StrEnum


class RealtimeBetaClientEventInputAudioBufferCommitType(StrEnum):
    INPUT_AUDIO_BUFFER_COMMIT = "input_audio_buffer.commit"

    def __str__(self) -> str:
        return str(self.value)
