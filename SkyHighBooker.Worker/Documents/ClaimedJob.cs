namespace SkyHighBooker.Worker.Documents;

/// <summary>A document job this Worker holds a lease on; the lease token proves it is still this Worker's.</summary>
public sealed record ClaimedJob(Guid Id, Guid BookingId, string Kind, int? PassengerPosition, string ObjectKey, int Attempts, Guid LeaseToken);
