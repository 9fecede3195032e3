using Routing.Gateway;
using Routing.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddRoutingSilo();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapRoutingGateway();
app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var url in app.Urls)
    {
        Console.WriteLine($"Routing server ready at {url} (readiness: {url.TrimEnd('/')}/healthz/ready)");
    }
});

app.Run();

/// <summary>The silo process; public for WebApplicationFactory in tests.</summary>
public partial class Program;
