namespace SkyHighBooker.Schema;

public static class EmailJobStatus
{
    public const string Pending = "pending";
    public const string Sending = "sending";
    public const string Sent = "sent";
    /// <summary>Not to be sent after all: a confirmation whose booking was cancelled before it went out.</summary>
    public const string Skipped = "skipped";

    public static readonly string[] All = [Pending, Sending, Sent, Skipped];
}
