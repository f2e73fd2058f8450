namespace SkyHighBooker.Schema;

public static class DatabaseClock
{
    /// <summary>
    /// Now, to the microsecond PostgreSQL keeps: an answer built before its rows are written must show the same instant
    /// a later read of those rows does.
    /// </summary>
    public static DateTimeOffset UtcNowAsStored(this TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % 10));
    }
}
