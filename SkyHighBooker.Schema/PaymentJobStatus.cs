namespace SkyHighBooker.Schema;

public static class PaymentJobStatus
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Done = "done";

    public static readonly string[] All = [Pending, Running, Done];
}
