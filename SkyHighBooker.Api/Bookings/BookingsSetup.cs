namespace SkyHighBooker.Api.Bookings;

public static class BookingsSetup
{
    /// <summary>Making, reading and cancelling bookings (the Worker ends lapsed holds: nothing here runs between requests).</summary>
    public static IHostApplicationBuilder AddBookings(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<BookingQueries>();
        builder.Services.AddScoped<BookingEngine>();
        builder.Services.AddSingleton<BookingReferences>();
        builder.Services.AddScoped<BookingCancellation>();
        return builder;
    }
}
