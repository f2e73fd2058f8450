using SkyHighBooker.Worker;
using SkyHighBooker.Worker.Accounts;
using SkyHighBooker.Worker.Bookings;
using SkyHighBooker.Worker.Documents;
using SkyHighBooker.Worker.Emails;
using SkyHighBooker.Worker.Extensions;
using SkyHighBooker.Worker.Payments;
using SkyHighBooker.Worker.RouteMaps;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddDocumentRendering();
builder.AddPaymentJobs();
builder.AddEmailJobs();
builder.AddHoldExpiry();
builder.AddAccountErasureJobs();
builder.AddRouteMaps();
builder.Services.AddHostedService(services =>
    JobPollingService<DocumentJobProcessor>.Create(services, services.GetRequiredService<DocumentJobOptions>().IdlePollMilliseconds));
builder.Services.AddHostedService(services =>
    JobPollingService<PaymentJobProcessor>.Create(services, services.GetRequiredService<PaymentJobOptions>().IdlePollMilliseconds));
builder.Services.AddHostedService(services =>
    JobPollingService<EmailJobProcessor>.Create(services, services.GetRequiredService<EmailJobOptions>().IdlePollMilliseconds));
builder.Services.AddHostedService(services =>
    JobPollingService<HoldExpiry>.Create(services, services.GetRequiredService<HoldExpiryOptions>().SweepIntervalSeconds * 1000));
builder.Services.AddHostedService(services =>
    JobPollingService<AccountErasureJobProcessor>.Create(services, services.GetRequiredService<AccountErasureJobOptions>().IdlePollMilliseconds));
if (builder.Configuration.GetValue($"{RouteMapOptions.Section}:{nameof(RouteMapOptions.Publish)}", true))
{
    builder.Services.AddHostedService(services =>
        JobPollingService<RouteMapPublisher>.Create(services, services.GetRequiredService<RouteMapOptions>().CheckIntervalSeconds * 1000));
}

var app = builder.Build();
app.RefuseUnsafeProductionSettings();
app.MapDefaultEndpoints();
app.Run();
