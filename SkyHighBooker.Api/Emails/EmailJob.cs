using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Emails;

/// <summary>
/// An outbox row for the traveller's inbox: an email a booking change calls for, recorded in the same transaction as the
/// change (a confirmation, a cancellation) and sent by the Worker over SMTP, one per booking and kind.
/// </summary>
public sealed class EmailJob : LeasedJob
{
    public Guid BookingId { get; set; }
    public string Status { get; set; } = EmailJobStatus.Pending;
}
