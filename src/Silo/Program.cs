using Routing.Gateway;
using Routing.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddRoutingSilo();

var app = builder.Build();
app.UseRoutingGateway();
app.MapRoutingGateway();
app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var url in app.Urls)
    {
        var root = url.TrimEnd('/');
        Console.WriteLine($"Routing server ready at {root}  (API {root}/api/v1, OpenAPI {root}/openapi/v1.json, readiness {root}/health/ready)");
    }
});

app.Run();

/// <summary>The silo process; public for WebApplicationFactory in tests.</summary>
public partial class Program;
