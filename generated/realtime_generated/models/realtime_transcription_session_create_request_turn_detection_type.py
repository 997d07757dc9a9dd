from enum import StrEnum


class RealtimeTranscriptionSessionCreateRequestTurnDetectionType(StrEnum):
    SERVER_VAD = "server_vad"

    def __str__(self) -> str:
        return str(self.value)
