using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace SkyHighBooker.Worker.Emails;

/// <summary>Hands one message to the configured SMTP server (a connection per message: emails are few and far between).</summary>
public sealed class SmtpMailer(IOptions<SmtpSettings> options)
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Host)) throw new InvalidOperationException("Email:Host is not configured; emails wait for it.");
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(settings.Host, settings.Port, settings.StartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (!string.IsNullOrEmpty(settings.UserName)) await smtp.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        await smtp.SendAsync(message, ct);
        try
        {
            await smtp.DisconnectAsync(quit: true, ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // The server accepted the message when SendAsync returned; a failed QUIT must not make the job send it again.
        }
    }
}
