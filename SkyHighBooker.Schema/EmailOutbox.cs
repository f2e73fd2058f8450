namespace SkyHighBooker.Schema;

/// <summary>
/// Records the email a booking change calls for, inside that change's statement, so the email is owed exactly when
/// the change commits. One per booking and kind (a unique index): recording it again changes nothing.
/// </summary>
public static class EmailOutbox
{
    /// <summary>
    /// The INSERT of a <paramref name="kind"/> email (<see cref="EmailKind"/>) for every booking in
    /// <paramref name="bookings"/> (a relation with an id column, such as a WITH query of the statement it is placed
    /// in), due at <paramref name="now"/>.
    /// </summary>
    public static FormattableString EmailsOf(string kind, string bookings, DateTimeOffset now) => $"""
        INSERT INTO email_jobs (booking_id, kind, next_attempt_at, created_at, updated_at)
        SELECT b.id, {kind}, {now}, {now}, {now} FROM {new SqlFragment(bookings)} b
        ON CONFLICT (booking_id, kind) DO NOTHING
        """;
}
