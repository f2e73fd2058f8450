namespace SkyHighBooker.Api.Bookings;

public static class BookingsSetup
{
    /// <summary>Making, reading, cancelling and expiring bookings, with the sweep that ends lapsed holds.</summary>
    public static IHostApplicationBuilder AddBookings(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<BookingQueries>();
        builder.Services.AddScoped<BookingEngine>();
        builder.Services.AddSingleton<BookingReferences>();
        builder.Services.AddScoped<BookingCancellation>();
        builder.Services.AddScoped<HoldExpiry>();
        builder.Services.AddHostedService<HoldSweeper>();
        return builder;
    }
}
