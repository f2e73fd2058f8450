namespace SkyHighBooker.Api.RateLimiting;

/// <summary>How many requests one user made in one minute, counted by every Api together (<see cref="PerUserLimit"/>).</summary>
public sealed class RateLimitWindow
{
    public required string Key { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public int Requests { get; set; }
}
