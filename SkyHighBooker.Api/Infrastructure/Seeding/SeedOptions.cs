namespace SkyHighBooker.Api.Infrastructure.Seeding;

public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>How many days ahead, from today, the timetable is loaded. 0 turns seeding off.</summary>
    public int ScheduleDays { get; set; } = 180;
}
