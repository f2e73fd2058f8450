namespace SkyHighBooker.Api.Documents;

/// <summary>
/// Records the documents a booking change calls for, inside that change's statement. Keys follow the storage
/// layout: bookings/{id}/boarding-pass-{n}.pdf (one per passenger), receipt.pdf, confirmation.pdf, cancellation.pdf.
/// A job already recorded is not recorded again.
/// </summary>
public static class DocumentOutbox
{
    /// <summary>
    /// The INSERT of the confirmation documents of every booking in <paramref name="bookings"/> (a relation with an id
    /// column, such as a WITH query of the statement it is placed in), due at <paramref name="now"/>.
    /// </summary>
    public static FormattableString ConfirmationDocumentsOf(string bookings, DateTimeOffset now) => $"""
        INSERT INTO document_jobs (id, booking_id, kind, passenger_position, object_key, next_attempt_at, created_at, updated_at)
        SELECT gen_random_uuid(), b.id, {DocumentKind.BoardingPass}, p.position, 'bookings/' || b.id || '/boarding-pass-' || p.position || '.pdf', {now}, {now}, {now}
        FROM {new SqlFragment(bookings)} b JOIN booking_passengers p ON p.booking_id = b.id
        UNION ALL SELECT gen_random_uuid(), b.id, {DocumentKind.Receipt}, NULL, 'bookings/' || b.id || '/receipt.pdf', {now}, {now}, {now}
        FROM {new SqlFragment(bookings)} b
        UNION ALL SELECT gen_random_uuid(), b.id, {DocumentKind.Confirmation}, NULL, 'bookings/' || b.id || '/confirmation.pdf', {now}, {now}, {now}
        FROM {new SqlFragment(bookings)} b
        ON CONFLICT DO NOTHING
        """;
}
