namespace Routing.Silo.Demo;

/// <summary>What the demo prints once seeded: the URLs, the credentials and a whole conversation to try with curl.</summary>
internal static class DemoBanner
{
    public static string Text(string tenantId, string baseUrl) => $$"""

        ── Demo tenant '{{tenantId}}' is ready ─────────────────────────────────────────
          server:        {{baseUrl}}   (OpenAPI {{baseUrl}}/openapi/v1.json, health {{baseUrl}}/health/ready)
          hubs:          {{baseUrl}}/hubs/customer  /hubs/agent  /hubs/supervisor  (SignalR JSON over WebSockets)
          channel key:   X-Api-Key: {{DemoTenant.ApiKey}}
          admin key:     X-Admin-Key: {{DemoTenant.AdminKey}} (unless Routing:Gateway:AdminKey is set)
          agents:        {{string.Join(", ", DemoTenant.Agents.Keys)}}   password '{{DemoTenant.Password}}'
          supervisor:    {{DemoTenant.SupervisorId}}   password '{{DemoTenant.Password}}'

          A whole conversation with curl (README "Try it" has the WebSocket version):
          1 agent signs in:   T=$(curl -s -XPOST {{baseUrl}}/api/v1/auth/token -H 'Content-Type: application/json' \
                                -d '{"tenantId":"{{tenantId}}","userId":"li-na","password":"{{DemoTenant.Password}}"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
          2 goes available:   curl -XPUT {{baseUrl}}/api/v1/agent/presence -H "Authorization: Bearer $T" -H 'Content-Type: application/json' -d '{"presence":"available"}'
          3 customer starts:  curl -XPOST {{baseUrl}}/api/v1/conversations -H 'X-Api-Key: {{DemoTenant.ApiKey}}' -H 'Content-Type: application/json' \
                                -d '{"customerId":"buyer-1","channel":"webChat","firstMessage":"我要退货"}'      (note conversation.id as C)
          4 asks for a human: curl -XPOST {{baseUrl}}/api/v1/conversations/$C/handoff -H 'X-Api-Key: {{DemoTenant.ApiKey}}' -H 'Content-Type: application/json' -d '{}'
          5 agent's offer:    curl {{baseUrl}}/api/v1/agent/me -H "Authorization: Bearer $T"             (note offers[0].offerId as O)
          6 agent accepts:    curl -XPOST {{baseUrl}}/api/v1/agent/offers/$O/accept -H "Authorization: Bearer $T"
          7 they talk:        curl -XPOST {{baseUrl}}/api/v1/agent/conversations/$C/messages -H "Authorization: Bearer $T" -H 'Content-Type: application/json' -d '{"text":"您好"}'
          8 agent closes:     curl -XPOST {{baseUrl}}/api/v1/agent/conversations/$C/close -H "Authorization: Bearer $T" -H 'Content-Type: application/json' -d '{"wrapUpCode":"resolved"}'
          9 customer rates:   curl -XPOST {{baseUrl}}/api/v1/conversations/$C/satisfaction -H 'X-Api-Key: {{DemoTenant.ApiKey}}' -H 'Content-Type: application/json' -d '{"score":5}'

          Turn the demo off in production: Routing__Demo__Enabled=false
        ───────────────────────────────────────────────────────────────────────────────
        """;
}
