using System.Globalization;

namespace SkyHighBooker.Worker.Documents.Rendering;

/// <summary>How the documents print money, dates and codes: invariant culture, so output is the same on every machine.</summary>
public static class DocumentFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>"1,234.50 EUR".</summary>
    public static string Money(decimal amount, string currency) =>
        $"{amount.ToString("#,##0.00", Invariant)} {currency.Trim().ToUpperInvariant()}";

    /// <summary>"Mon 22 Nov 2027", in the offset the value carries (local time of the airport for flights).</summary>
    public static string LongDate(DateTimeOffset value) => value.ToString("ddd d MMM yyyy", Invariant);

    /// <summary>"22 Nov 2027".</summary>
    public static string Date(DateTimeOffset value) => value.ToString("d MMM yyyy", Invariant);

    /// <summary>"22 Nov".</summary>
    public static string ShortDate(DateTimeOffset value) => value.ToString("d MMM", Invariant);

    /// <summary>"08:35".</summary>
    public static string Time(DateTimeOffset value) => value.ToString("HH:mm", Invariant);

    /// <summary>"22 Nov 2027, 14:05 UTC".</summary>
    public static string Timestamp(DateTimeOffset value) => value.ToUniversalTime().ToString("d MMM yyyy, HH:mm 'UTC'", Invariant);

    /// <summary>"7h 05m".</summary>
    public static string Duration(int minutes) =>
        minutes < 60 ? $"{minutes}m" : $"{minutes / 60}h {(minutes % 60).ToString("00", Invariant)}m";

    /// <summary>economy → "Economy", premium_economy → "Premium Economy", business → "Business".</summary>
    public static string Cabin(string cabin) => Words(cabin);

    /// <summary>"pending_payment" → "Pending payment".</summary>
    public static string Status(string status)
    {
        var text = status.Trim().Replace('_', ' ').ToLowerInvariant();
        return text.Length == 0 ? "" : char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>Receipt number of a booking's payment: "SHB-ABC123-20271122" (reference and UTC day of payment).</summary>
    public static string ReceiptNumber(DocumentBooking booking) =>
        $"SHB-{booking.Reference.Trim().ToUpperInvariant()}-{(booking.Payment?.PaidAt ?? booking.CreatedAt).UtcDateTime.ToString("yyyyMMdd", Invariant)}";

    private static string Words(string value) =>
        string.Join(' ', value.Trim().Split('_', ' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
}
