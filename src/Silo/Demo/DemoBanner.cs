namespace Routing.Silo.Demo;

/// <summary>What the demo prints once seeded: the credentials and a first conversation to try with curl.</summary>
internal static class DemoBanner
{
    public static string Text(string tenantId) => $"""

        ── Demo tenant '{tenantId}' is ready ─────────────────────────────────────────
          channel API key (header X-Api-Key):  {DemoTenant.ApiKey}
          admin key (header X-Admin-Key):      {DemoTenant.AdminKey} (unless Routing:Gateway:AdminKey is set)
          agents (password '{DemoTenant.Password}'):  {string.Join(", ", DemoTenant.Agents.Keys)}
          supervisor (password '{DemoTenant.Password}'):  {DemoTenant.SupervisorId}
          API reference: docs/api.md, OpenAPI at /openapi/v1.json
          Turn the demo off in production: Routing__Demo__Enabled=false
        ───────────────────────────────────────────────────────────────────────────────
        """;
}
