namespace SkyHighBooker.Schema;

/// <summary>The emails a booking sends its traveller; each at most once per booking (unique per booking and kind).</summary>
public static class EmailKind
{
    /// <summary>The booking summary with its boarding passes, receipt and confirmation, sent once they are stored.</summary>
    public const string BookingConfirmed = "booking_confirmed";
    /// <summary>The cancellation notice with the refund, sent once the notice is stored.</summary>
    public const string BookingCancelled = "booking_cancelled";

    public static readonly string[] All = [BookingConfirmed, BookingCancelled];
}
