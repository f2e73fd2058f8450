var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();

// /api/** and /openapi/** go to the Api; "http://api" is resolved by Aspire service discovery
// (services:api:http:0, set by the AppHost's reference to the "api" resource).
builder.Services.AddReverseProxy()
    .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
    .AddServiceDiscoveryDestinationResolver();

var app = builder.Build();
app.RefuseUnsafeProductionSettings();

app.UseStaticFiles(SpaCaching.StaticFiles);
app.MapReverseProxy();
app.MapClientConfig(); // GET /config.json: the Cognito settings the browser signs in with (Cognito:*)
app.MapFallbackToFile("index.html", SpaCaching.IndexPage);

app.MapDefaultEndpoints();

app.Run();
