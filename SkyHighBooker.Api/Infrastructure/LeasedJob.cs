namespace SkyHighBooker.Api.Infrastructure;

/// <summary>
/// An outbox row that Workers claim with a lease (documents to render, money to give back): tried until done, a try
/// at a time, with back-off between tries and the last error kept for admins.
/// </summary>
public abstract class LeasedJob
{
    public Guid Id { get; set; }
    public required string Kind { get; set; }
    public int Attempts { get; set; }
    public Guid? LeaseToken { get; set; }
    public DateTimeOffset? LeaseExpiresAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}
