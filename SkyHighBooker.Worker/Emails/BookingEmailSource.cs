using System.Data;
using Npgsql;
using SkyHighBooker.Worker.Documents;
using SkyHighBooker.Worker.Documents.Rendering;

namespace SkyHighBooker.Worker.Emails;

/// <summary>What an email about a booking says and carries: the booking (as its documents show it), who it goes to, the
/// documents stored for it, and the refund of a cancellation.</summary>
public sealed record BookingEmail(DocumentBooking Booking, string RecipientName, string RecipientAddress, IReadOnlyList<StoredDocument> Documents,
    BookingRefund Refund);

/// <summary>A document the Worker stored for the booking, under its key in the bucket.</summary>
public sealed record StoredDocument(string Kind, int? PassengerPosition, string ObjectKey)
{
    public string FileName => Path.GetFileName(ObjectKey);
}

/// <summary>The money a cancellation gives back: what is being refunded, and what of it has already been refunded.</summary>
public sealed record BookingRefund(decimal Amount, decimal Refunded)
{
    public bool Made => Amount > 0 && Refunded == Amount;
}

public sealed class BookingEmailSource(NpgsqlDataSource database, BookingDocumentSource bookings)
{
    private static readonly SqlColumns RecipientColumns = new("bookings", "passenger_name", "passenger_email");
    private static readonly SqlColumns DocumentColumns = new("document_jobs", "kind", "passenger_position", "object_key");

    /// <returns>Null when the booking is gone.</returns>
    public async Task<BookingEmail?> LoadAsync(Guid bookingId, string emailKind, CancellationToken ct)
    {
        var booking = await bookings.LoadAsync(bookingId, ct);
        if (booking is null) return null;
        return await database.QueryBatchAsync(
        [
            SqlBatch.Command($"SELECT {RecipientColumns.ListOf("b")} FROM bookings b WHERE b.id = {bookingId}"),
            SqlBatch.Command($"""
                SELECT {DocumentColumns.ListOf("d")} FROM document_jobs d
                WHERE d.booking_id = {bookingId} AND d.status = {DocumentJobStatus.Ready} AND d.kind = ANY({EmailDocuments.Of(emailKind)})
                ORDER BY d.kind = {DocumentKind.BoardingPass} DESC, d.passenger_position, d.kind
                """),
            SqlBatch.Command($"""
                SELECT coalesce(sum(p.amount), 0) AS amount,
                       coalesce(sum(p.amount) FILTER (WHERE p.payment_status = {PaymentStatus.Refunded}), 0) AS refunded
                FROM payments p WHERE p.booking_id = {bookingId} AND p.payment_status IN ({PaymentStatus.Refunding}, {PaymentStatus.Refunded})
                """),
        ], async (reader, token) =>
        {
            await reader.ReadAsync(token);
            var (name, address) = (reader.GetString("passenger_name"), reader.GetString("passenger_email"));
            await reader.NextResultAsync(token);
            var documents = new List<StoredDocument>();
            while (await reader.ReadAsync(token))
            {
                documents.Add(new StoredDocument(reader.GetString("kind"), reader.IsDBNull("passenger_position") ? null : reader.GetInt32("passenger_position"),
                    reader.GetString("object_key")));
            }
            await reader.NextResultAsync(token);
            await reader.ReadAsync(token);
            return new BookingEmail(booking, name, address, documents, new BookingRefund(reader.GetDecimal("amount"), reader.GetDecimal("refunded")));
        }, ct);
    }
}
