from enum import IntEnum


class RealtimeAudioFormatsPCMAudioFormatRateType1(IntEnum):
    VALUE_24000 = 24000

    def __str__(self) -> str:
        return str(self.value)
