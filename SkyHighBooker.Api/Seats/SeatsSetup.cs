namespace SkyHighBooker.Api.Seats;

public static class SeatsSetup
{
    /// <summary>Seat maps and the seats bookings take and give back.</summary>
    public static IHostApplicationBuilder AddSeats(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<SeatMap>();
        builder.Services.AddScoped<SeatInventory>();
        return builder;
    }
}
