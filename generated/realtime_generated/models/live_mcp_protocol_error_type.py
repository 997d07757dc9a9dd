from enum import StrEnum


class LiveMcpProtocolErrorType(StrEnum):
    MCP_PROTOCOL_ERROR = "mcp_protocol_error"

    def __str__(self) -> str:
        return str(self.value)
