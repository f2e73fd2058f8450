using Scalar.AspNetCore;
using SkyHighBooker.Api.Apis;
using SkyHighBooker.Api.Extensions;
using SkyHighBooker.Api.Identity;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Api.RateLimiting;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddLambdaSecrets(); // on AWS: Stripe keys and the database password from Secrets Manager
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.RefuseUnsafeProductionSettings();
app.UseForwardedHeaders(); // only from ForwardedHeaders:KnownProxies (TrustedProxies)
app.UseCacheHeaders(); // what CloudFront may keep: public reads for a stated time, nothing else
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseMiddleware<SignInRecorder>();
app.UseAuthorization();
app.UseRateLimiter();
app.UseMiddleware<PerUserLimit>(); // after the per-address limit: a flood from one address never reaches the database

app.MapOpenApi();
app.MapScalarApiReference();

var api = app.MapApi();
api.MapAirportsApi();
api.MapFlightsApi();
api.MapItinerariesApi();
api.MapFaresApi();
api.MapMeApi();
api.MapTravelDocumentsApi();
api.MapBookingsApi();
api.MapAdminFlightsApi();
api.MapAdminBookingsApi();
api.MapAdminPaymentsApi();
api.MapAdminEmailsApi();
api.MapAdminStatsApi();
api.MapAdminUsersApi();
api.MapPaymentsApi();

app.MapDefaultEndpoints();

await app.MigrateAndSeedAsync();
app.Run();

public partial class Program;
