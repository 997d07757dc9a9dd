from enum import StrEnum


class RealtimeTruncationRetentionRatioTruncationType(StrEnum):
    RETENTION_RATIO = "retention_ratio"

    def __str__(self) -> str:
        return str(self.value)
