namespace SkyHighBooker.Schema;

public static class FlightStatus
{
    public const string Scheduled = "scheduled";
    public const string Cancelled = "cancelled";

    public static readonly string[] All = [Scheduled, Cancelled];
}
