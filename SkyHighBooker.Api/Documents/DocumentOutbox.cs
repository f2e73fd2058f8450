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
    public Task RecordConfirmationDocumentsAsync(Guid bookingId, CancellationToken ct) =>
        db.Database.ExecuteBatchAsync([SqlBatch.Command($"WITH booking AS (SELECT {bookingId} AS id) {ConfirmationDocumentsOf("booking")}")], ct);

    /// <summary>
    /// The INSERT of the confirmation documents of every booking in <paramref name="bookings"/> (a relation with an id
    /// column, such as a WITH query of the statement it is placed in).
    /// </summary>
    public static SqlFragment ConfirmationDocumentsOf(string bookings) => new($"""
        INSERT INTO document_jobs (id, booking_id, kind, passenger_position, object_key)
        SELECT gen_random_uuid(), b.id, 'boarding_pass', p.position, 'bookings/' || b.id || '/boarding-pass-' || p.position || '.pdf'
        FROM {bookings} b JOIN booking_passengers p ON p.booking_id = b.id
        UNION ALL SELECT gen_random_uuid(), b.id, 'receipt', NULL, 'bookings/' || b.id || '/receipt.pdf' FROM {bookings} b
        UNION ALL SELECT gen_random_uuid(), b.id, 'confirmation', NULL, 'bookings/' || b.id || '/confirmation.pdf' FROM {bookings} b
        ON CONFLICT DO NOTHING
        """);
}
