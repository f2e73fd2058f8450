using System.Data;
using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Bookings;

public enum CancellationOutcome { Cancelled, AlreadyCancelled, NotFound, NotCancellable, Departed }

/// <summary>
/// A traveller cancels their own booking before its flight departs. The booking row is locked first, so a payment
/// settling at the same moment is serialized with it: settled first, its money is refunded here; settled after, it
/// finds the booking cancelled and is refunded there. Refunds are queued, never made inside the request
/// (<see cref="BookingEnd"/>).
/// </summary>
public sealed class BookingCancellation(BookerDbContext db, TimeProvider clock)
{
    private sealed record LockedBooking(string Status, DateTimeOffset Departure);

    public Task<CancellationOutcome> CancelAsync(Guid bookingId, string ownerId, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var booking = await db.Database.QueryBatchAsync([SqlBatch.Command($"""
                SELECT b.booking_status, f.departure_time FROM bookings b JOIN flights f ON f.id = b.flight_id
                WHERE b.id = {bookingId} AND b.user_id = {ownerId}
                FOR UPDATE OF b
                """)], async (reader, token) => await reader.ReadAsync(token)
                    ? new LockedBooking(reader.GetString("booking_status"), reader.GetFieldValue<DateTimeOffset>("departure_time"))
                    : null, ct);
            var now = clock.UtcNowAsStored();
            var outcome = booking switch
            {
                null => CancellationOutcome.NotFound,
                { Status: BookingStatus.Cancelled } => CancellationOutcome.AlreadyCancelled,
                { Status: BookingStatus.Expired } => CancellationOutcome.NotCancellable,
                { Departure: var departure } when departure <= now => CancellationOutcome.Departed,
                _ => CancellationOutcome.Cancelled,
            };
            if (outcome != CancellationOutcome.Cancelled) return outcome; // the transaction rolls back as it is disposed

            await db.Database.ExecuteBatchAsync([BookingEnd.Command([bookingId], BookingStatus.Cancelled, now)], ct);
            await transaction.CommitAsync(ct);
            return outcome;
        });
}
