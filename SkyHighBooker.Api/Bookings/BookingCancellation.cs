using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Apis;
using SkyHighBooker.Api.Documents;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Api.Payments;
using SkyHighBooker.Api.Seats;

namespace SkyHighBooker.Api.Bookings;

public enum CancellationOutcome { Cancelled, AlreadyCancelled, NotFound, NotCancellable }

/// <summary>
/// Cancels a booking: refunds a completed payment with Stripe first (its idempotency key makes a repeat safe),
/// then in one transaction marks the payment refunded, the booking cancelled and gives the seats back.
/// </summary>
public sealed class BookingCancellation(BookerDbContext db, PaymentGateway gateway, SeatInventory seats, DocumentOutbox documents)
{
    public async Task<CancellationOutcome> CancelAsync(Guid bookingId, string? ownerId, CancellationToken ct)
    {
        var booking = await db.Bookings.AsNoTracking()
            .SingleOrDefaultAsync(b => b.Id == bookingId && (ownerId == null || b.UserId == ownerId), ct);
        if (booking is null) return CancellationOutcome.NotFound;
        if (booking.BookingStatus == BookingStatus.Cancelled) return CancellationOutcome.AlreadyCancelled;
        if (booking.BookingStatus == BookingStatus.Expired) return CancellationOutcome.NotCancellable;

        var paid = await db.Payments.AsNoTracking()
            .Where(p => p.BookingId == bookingId && p.PaymentStatus == PaymentStatus.Completed).ToListAsync(ct);
        foreach (var payment in paid) await gateway.RefundAsync(payment.TransactionId!, ct);

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var cancelled = await db.Bookings
                .Where(b => b.Id == bookingId && (b.BookingStatus == BookingStatus.PendingPayment || b.BookingStatus == BookingStatus.Confirmed))
                .ExecuteUpdateAsync(b => b.SetProperty(x => x.BookingStatus, BookingStatus.Cancelled)
                    .SetProperty(x => x.HoldExpiresAt, (DateTimeOffset?)null).SetProperty(x => x.UpdatedAt, DateTimeOffset.UtcNow), ct);
            if (cancelled == 0)
            {
                await transaction.RollbackAsync(ct);
                return CancellationOutcome.AlreadyCancelled; // a concurrent cancel won
            }
            var paidIds = paid.Select(p => p.Id).ToList();
            await db.Payments.Where(p => paidIds.Contains(p.Id))
                .ExecuteUpdateAsync(p => p.SetProperty(x => x.PaymentStatus, PaymentStatus.Refunded).SetProperty(x => x.UpdatedAt, DateTimeOffset.UtcNow), ct);
            await seats.ReleaseAsync(bookingId, ct);
            await documents.RecordCancellationNoticeAsync(bookingId, ct);
            await transaction.CommitAsync(ct);
            return CancellationOutcome.Cancelled;
        });
    }

    /// <summary>An admin cancelling a flight cancels and refunds every live booking on it.</summary>
    public async Task<int> CancelFlightBookingsAsync(Guid flightId, CancellationToken ct)
    {
        var live = await db.Bookings.AsNoTracking()
            .Where(b => b.FlightId == flightId && (b.BookingStatus == BookingStatus.PendingPayment || b.BookingStatus == BookingStatus.Confirmed))
            .Select(b => b.Id).ToListAsync(ct);
        var count = 0;
        foreach (var id in live)
        {
            if (await CancelAsync(id, ownerId: null, ct) == CancellationOutcome.Cancelled) count++;
        }
        return count;
    }
}
