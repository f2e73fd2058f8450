namespace SkyHighBooker.Schema;

public static class EmailJobStatus
{
    public const string Pending = "pending";
    public const string Sending = "sending";
    public const string Sent = "sent";
    /// <summary>Not to be sent after all: a confirmation whose booking was cancelled before it went out.</summary>
    public const string Skipped = "skipped";
    /// <summary>Refused for good by the mail server (a 5xx answer, such as a recipient that does not exist); not tried again.</summary>
    public const string Failed = "failed";

    public static readonly string[] All = [Pending, Sending, Sent, Skipped, Failed];
}
