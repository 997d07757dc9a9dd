from enum import StrEnum


class LiveMcpApprovalRequestType(StrEnum):
    MCP_APPROVAL_REQUEST = "mcp_approval_request"

    def __str__(self) -> str:
        return str(self.value)
