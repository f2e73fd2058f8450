using SkyHighBooker.Worker;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddHostedService<DocumentRenderingService>();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
