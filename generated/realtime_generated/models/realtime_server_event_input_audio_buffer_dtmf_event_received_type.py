from enum import StrEnum


class RealtimeServerEventInputAudioBufferDtmfEventReceivedType(StrEnum):
    INPUT_AUDIO_BUFFER_DTMF_EVENT_RECEIVED = "input_audio_buffer.dtmf_event_received"

    def __str__(self) -> str:
        return str(self.value)
