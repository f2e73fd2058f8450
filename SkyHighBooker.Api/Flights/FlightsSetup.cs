namespace SkyHighBooker.Api.Flights;

public static class FlightsSetup
{
    /// <summary>Airports and the flight search.</summary>
    public static IHostApplicationBuilder AddFlights(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AirportDirectory>();
        builder.Services.AddSingleton<FlightSearch>();
        return builder;
    }
}
