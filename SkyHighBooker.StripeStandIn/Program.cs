using SkyHighBooker.StripeStandIn.Charges;
using SkyHighBooker.StripeStandIn.Events;
using SkyHighBooker.StripeStandIn.Extensions;
using SkyHighBooker.StripeStandIn.PaymentIntents;
using SkyHighBooker.StripeStandIn.PaymentMethods;
using SkyHighBooker.StripeStandIn.Refunds;
using SkyHighBooker.StripeStandIn.Webhooks;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddStripeStandIn();

var app = builder.Build();
app.UseStripeProtocol();

app.MapPaymentIntentsApi();
app.MapPaymentMethodsApi();
app.MapChargesApi();
app.MapRefundsApi();
app.MapEventsApi();
app.MapWebhookEndpointsApi();
app.MapUnrecognizedStripeUrls();

app.MapDefaultEndpoints();
app.Run();
