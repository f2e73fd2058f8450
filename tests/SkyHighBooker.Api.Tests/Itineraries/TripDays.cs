namespace SkyHighBooker.Api.Tests.Itineraries;

/// <summary>
/// A day of its own for each test's flights, past the seeded 180-day timetable and within the 365 searchable days,
/// so a search on it finds only the flights the test made.
/// </summary>
public static class TripDays
{
    private static int taken;

    /// <summary>Midnight UTC of an unused day; the test's flights leave some hours after it.</summary>
    public static DateTimeOffset Next() =>
        new(DateTimeOffset.UtcNow.Date.AddDays(200 + Interlocked.Increment(ref taken)), TimeSpan.Zero);
}
