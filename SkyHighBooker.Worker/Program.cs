using SkyHighBooker.Worker;
using SkyHighBooker.Worker.Documents;
using SkyHighBooker.Worker.Extensions;
using SkyHighBooker.Worker.Payments;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddDocumentRendering();
builder.AddPaymentJobs();
builder.Services.AddHostedService(services =>
    JobPollingService<DocumentJobProcessor>.Create(services, services.GetRequiredService<DocumentJobOptions>().IdlePollMilliseconds));
builder.Services.AddHostedService(services =>
    JobPollingService<PaymentJobProcessor>.Create(services, services.GetRequiredService<PaymentJobOptions>().IdlePollMilliseconds));

var app = builder.Build();
app.RefuseUnsafeProductionSettings();
app.MapDefaultEndpoints();
app.Run();
