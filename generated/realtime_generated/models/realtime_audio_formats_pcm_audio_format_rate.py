from enum import IntEnum


class RealtimeAudioFormatsPCMAudioFormatRate(IntEnum):
    VALUE_24000 = 24000

    def __str__(self) -> str:
        return str(self.value)
