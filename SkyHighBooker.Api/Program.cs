using Scalar.AspNetCore;
using SkyHighBooker.Api.Apis;
using SkyHighBooker.Api.Extensions;
using SkyHighBooker.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapOpenApi();
app.MapScalarApiReference();

app.MapAirportsApi();
app.MapFlightsApi();

app.MapDefaultEndpoints();

await app.MigrateAndSeedAsync();
app.Run();

public partial class Program;
