namespace SkyHighBooker.Api.Admin;

public static class AdminSetup
{
    /// <summary>Admins' writes to flights and their reads of every user's bookings, flights and payment jobs.</summary>
    public static IHostApplicationBuilder AddAdmin(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<FlightAdministration>();
        builder.Services.AddScoped<AdminBookingQueries>();
        builder.Services.AddScoped<AdminFlightQueries>();
        builder.Services.AddScoped<AdminPaymentQueries>();
        builder.Services.AddScoped<AdminUserDirectory>();
        return builder;
    }
}
