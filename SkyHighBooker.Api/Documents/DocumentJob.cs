using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Documents;

/// <summary>
/// An outbox row: a PDF the Worker is to render and store. Written in the same transaction as the booking change
/// that calls for it; the object key is fixed here, so rendering a job again overwrites the same object.
/// </summary>
public sealed class DocumentJob : LeasedJob
{
    public Guid BookingId { get; set; }
    /// <summary>The passenger a boarding pass is for (1–9); null for booking-wide documents.</summary>
    public int? PassengerPosition { get; set; }
    public required string ObjectKey { get; set; }
    public string Status { get; set; } = DocumentJobStatus.Pending;
}

public static class DocumentKind
{
    public const string BoardingPass = "boarding_pass";
    public const string Receipt = "receipt";
    public const string Confirmation = "confirmation";
    public const string CancellationNotice = "cancellation_notice";
}

public static class DocumentJobStatus
{
    public const string Pending = "pending";
    public const string Rendering = "rendering";
    public const string Ready = "ready";
    public const string Failed = "failed";
    /// <summary>Revoked (its booking was cancelled): the Worker deletes the object, then marks it withdrawn.</summary>
    public const string Withdrawing = "withdrawing";
    public const string Withdrawn = "withdrawn";
}
