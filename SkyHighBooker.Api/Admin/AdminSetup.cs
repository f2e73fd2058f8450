using SkyHighBooker.Api.Admin.Stats;

namespace SkyHighBooker.Api.Admin;

public static class AdminSetup
{
    /// <summary>Admins' writes to flights, their reads of every user's bookings, flights, payment and email jobs, and the dashboard's numbers.</summary>
    public static IHostApplicationBuilder AddAdmin(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<FlightAdministration>();
        builder.Services.AddScoped<AdminBookingQueries>();
        builder.Services.AddScoped<AdminFlightQueries>();
        builder.Services.AddScoped<AdminPaymentQueries>();
        builder.Services.AddScoped<AdminEmailQueries>();
        builder.Services.AddScoped<SalesStats>();
        builder.Services.AddScoped<LoadFactorStats>();
        builder.Services.AddScoped<CancellationStats>();
        builder.Services.AddScoped<JobHealthStats>();
        builder.Services.AddScoped<AdminUserDirectory>();
        return builder;
    }
}
