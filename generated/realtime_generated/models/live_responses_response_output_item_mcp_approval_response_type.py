from enum import StrEnum


class LiveResponsesResponseOutputItemMcpApprovalResponseType(StrEnum):
    MCP_APPROVAL_RESPONSE = "mcp_approval_response"

    def __str__(self) -> str:
        return str(self.value)
