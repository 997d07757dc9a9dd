from enum import StrEnum


class RealtimeTranscriptionSessionCreateRequestTurnDetectionType0TypeType1(StrEnum):
    SERVER_VAD = "server_vad"

    def __str__(self) -> str:
        return str(self.value)
