namespace SkyHighBooker.Api.Flights;

/// <summary>Every fare in the schedule is in one currency.</summary>
public static class Fares
{
    public const string Currency = "USD";
}
