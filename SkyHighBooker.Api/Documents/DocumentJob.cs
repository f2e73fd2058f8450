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
