namespace SkyHighBooker.Api.Itineraries;

public static class ItinerariesSetup
{
    /// <summary>Itinerary search (direct and connecting) and the fares calendar, with the connection rules they share.</summary>
    public static IHostApplicationBuilder AddItineraries(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<ConnectionRules>(builder.Configuration.GetSection(ConnectionRules.Section));
        builder.Services.AddSingleton<ItinerarySearch>();
        builder.Services.AddSingleton<FareCalendarSearch>();
        return builder;
    }
}
