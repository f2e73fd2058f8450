using Microsoft.EntityFrameworkCore;
using SkyHighBooker.Api.Infrastructure;

namespace SkyHighBooker.Api.Documents;

/// <summary>
/// Records the documents a booking change calls for, inside that change's transaction. Keys follow the storage
/// layout: bookings/{id}/boarding-pass-{n}.pdf (one per passenger), receipt.pdf, confirmation.pdf, cancellation.pdf.
/// A job already recorded is not recorded again.
/// </summary>
public sealed class DocumentOutbox(BookerDbContext db)
{
    public Task<int> RecordConfirmationDocumentsAsync(Guid bookingId, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO document_jobs (id, booking_id, kind, passenger_position, object_key)
            SELECT gen_random_uuid(), {bookingId}, 'boarding_pass', p.position, 'bookings/' || {bookingId} || '/boarding-pass-' || p.position || '.pdf'
            FROM booking_passengers p WHERE p.booking_id = {bookingId}
            UNION ALL SELECT gen_random_uuid(), {bookingId}, 'receipt', NULL, 'bookings/' || {bookingId} || '/receipt.pdf'
            UNION ALL SELECT gen_random_uuid(), {bookingId}, 'confirmation', NULL, 'bookings/' || {bookingId} || '/confirmation.pdf'
            ON CONFLICT DO NOTHING
            """, ct);

    public Task<int> RecordCancellationNoticeAsync(Guid bookingId, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO document_jobs (id, booking_id, kind, passenger_position, object_key)
            VALUES (gen_random_uuid(), {bookingId}, 'cancellation_notice', NULL, 'bookings/' || {bookingId} || '/cancellation.pdf')
            ON CONFLICT DO NOTHING
            """, ct);
}
