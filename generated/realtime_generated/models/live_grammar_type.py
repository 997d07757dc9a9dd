from enum import StrEnum


class LiveGrammarType(StrEnum):
    GRAMMAR = "grammar"

    def __str__(self) -> str:
        return str(self.value)
