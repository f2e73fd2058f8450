namespace SkyHighBooker.Worker.Documents;

/// <summary>
/// A document job this Worker holds a lease on; the lease token proves it is still this Worker's. A withdrawing job is
/// claimed to delete its object (its booking ended), any other to render it.
/// </summary>
public sealed record ClaimedJob(Guid Id, Guid BookingId, string Kind, int? PassengerPosition, string ObjectKey, int Attempts, Guid LeaseToken,
    bool Withdrawing);
