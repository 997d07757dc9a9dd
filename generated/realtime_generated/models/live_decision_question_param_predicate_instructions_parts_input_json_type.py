from enum import StrEnum


class LiveDecisionQuestionParamPredicateInstructionsPartsInputJSONType(StrEnum):
    INPUT_JSON = "input_json"

    def __str__(self) -> str:
        return str(self.value)
