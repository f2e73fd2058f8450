using SkyHighBooker.Worker;
using SkyHighBooker.Worker.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddDocumentRendering();
builder.Services.AddHostedService<DocumentRenderingService>();

var app = builder.Build();
app.RefuseUnsafeProductionSettings();
app.MapDefaultEndpoints();
app.Run();
