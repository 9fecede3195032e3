namespace Routing.Gateway.Hubs;

/// <summary>SignalR group names. Keys are tenant-scoped (<c>tenant/id</c>), so groups never mix tenants.</summary>
public static class HubGroups
{
    /// <summary>Connections following one conversation (its customer, and its agent on the agent hub).</summary>
    public static string Conversation(string conversationKey) => "conversation:" + conversationKey;

    /// <summary>One agent's console connections.</summary>
    public static string Agent(string agentKey) => "agent:" + agentKey;

    /// <summary>A tenant's supervisor connections.</summary>
    public static string Tenant(string tenantId) => "tenant:" + tenantId;
}
