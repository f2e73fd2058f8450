namespace SkyHighBooker.Api.Infrastructure.Seeding;

/// <summary>Marks a departure day whose generated schedule is in the database, so seeding never repeats a day.</summary>
public sealed class SeededScheduleDay
{
    public DateOnly Day { get; set; }
    public int FlightCount { get; set; }
    public DateTimeOffset SeededAt { get; set; }
}
