namespace SkyHighBooker.Worker.Emails;

/// <summary>
/// The mail server the Worker sends through: smtp4dev locally (no TLS, no credentials), Amazon SES's SMTP interface
/// on AWS (email-smtp.{region}.amazonaws.com:587, STARTTLS, the SMTP user's credentials).
/// </summary>
public sealed class SmtpSettings
{
    public const string Section = "Email";
    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;
    /// <summary>Upgrade the connection with STARTTLS before sending (required by SES); off for a local server without TLS.</summary>
    public bool StartTls { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>The sender (SES sends only from a verified address or domain).</summary>
    public string FromAddress { get; set; } = "bookings@skyhighbooker.local";
    public string FromName { get; set; } = "Sky High Booker";
    /// <summary>
    /// The most PDF bytes an email carries as attachments (base64 makes them a third larger; SES takes up to 40 MB a
    /// message). When a booking's documents are larger together, the email links them with pre-signed URLs instead.
    /// </summary>
    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;
    /// <summary>How long such links work (at most 7 days for S3; with a task role's temporary credentials, no longer than its session).</summary>
    public int LinkValidHours { get; set; } = 72;
}
