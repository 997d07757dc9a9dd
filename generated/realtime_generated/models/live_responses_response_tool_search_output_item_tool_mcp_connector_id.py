from enum import StrEnum


class LiveResponsesResponseToolSearchOutputItemToolMcpConnectorId(StrEnum):
    CONNECTOR_DROPBOX = "connector_dropbox"
    CONNECTOR_GMAIL = "connector_gmail"
    CONNECTOR_GOOGLECALENDAR = "connector_googlecalendar"
    CONNECTOR_GOOGLEDRIVE = "connector_googledrive"
    CONNECTOR_MICROSOFTTEAMS = "connector_microsoftteams"
    CONNECTOR_OUTLOOKCALENDAR = "connector_outlookcalendar"
    CONNECTOR_OUTLOOKEMAIL = "connector_outlookemail"
    CONNECTOR_SHAREPOINT = "connector_sharepoint"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LiveResponsesResponseToolSearchOutputItemToolMcpConnectorId | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value this client was not generated with (kept as is)."""
        return self._name_ != "UNKNOWN"
