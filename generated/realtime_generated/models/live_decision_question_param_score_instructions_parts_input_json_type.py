from enum import StrEnum


class LiveDecisionQuestionParamScoreInstructionsPartsInputJSONType(StrEnum):
    INPUT_JSON = "input_json"

    def __str__(self) -> str:
        return str(self.value)
