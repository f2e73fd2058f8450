namespace SkyHighBooker.Schema;

public static class DocumentKind
{
    public const string BoardingPass = "boarding_pass";
    public const string Receipt = "receipt";
    public const string Confirmation = "confirmation";
    public const string CancellationNotice = "cancellation_notice";

    public static readonly string[] All = [BoardingPass, Receipt, Confirmation, CancellationNotice];
}
