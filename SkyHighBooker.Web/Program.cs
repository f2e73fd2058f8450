using SkyHighBooker.Web;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();

// /api/** and /openapi/** go to the Api; "http://api" is resolved by Aspire service discovery
// (services:api:http:0, set by the AppHost's reference to the "api" resource). The public assets go to the bucket
// (ReverseProxy:Clusters:public-assets, set by the AppHost's WithPublicAssets).
builder.Services.AddReverseProxy()
    .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
    .AddServiceDiscoveryDestinationResolver();

var app = builder.Build();
app.RefuseUnsafeProductionSettings();

app.UseStaticFiles(SpaCaching.StaticFiles);
app.UsePublicAssetPaths(); // /static/…, /flights/aircraft-images/… and /flights/route-maps/…: plain keys only, proxied to the bucket (PublicAssetPaths)
app.MapReverseProxy();
app.MapClientConfig(); // GET /config.json: the Cognito settings the browser signs in with (Cognito:*)
app.MapFallbackToFile("index.html", SpaCaching.IndexPage);

app.MapDefaultEndpoints();

app.Run();
