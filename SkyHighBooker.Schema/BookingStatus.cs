namespace SkyHighBooker.Schema;

public static class BookingStatus
{
    public const string PendingPayment = "pending_payment";
    public const string Confirmed = "confirmed";
    public const string Expired = "expired";
    public const string Cancelled = "cancelled";

    public static readonly string[] All = [PendingPayment, Confirmed, Expired, Cancelled];
}
