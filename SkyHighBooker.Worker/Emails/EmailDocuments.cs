namespace SkyHighBooker.Worker.Emails;

/// <summary>Which of a booking's documents each email carries, and therefore waits for.</summary>
public static class EmailDocuments
{
    public static string[] Of(string emailKind) => emailKind switch
    {
        EmailKind.BookingConfirmed => [DocumentKind.BoardingPass, DocumentKind.Receipt, DocumentKind.Confirmation],
        EmailKind.BookingCancelled => [DocumentKind.CancellationNotice],
        _ => throw new ArgumentOutOfRangeException(nameof(emailKind), emailKind, "no such email"),
    };
}
