using Microsoft.Extensions.Configuration;

namespace SkyHighBooker.AppHost;

/// <summary>
/// The mail server the Worker sends the travellers' emails through: the one named by Email:Host when configured
/// (Amazon SES's SMTP interface, with Email:UserName and Email:Password), otherwise (in Development only) smtp4dev,
/// which keeps every message in its web inbox instead of delivering it.
/// </summary>
public sealed record BookerMail(IResourceBuilder<ExecutableResource>? Emulator, IConfigurationSection Settings, IResourceBuilder<ParameterResource>? Password);

public static class MailExtensions
{
    public static BookerMail AddBookerMail(this IDistributedApplicationBuilder builder, string name)
    {
        var settings = builder.Configuration.GetSection("Email");
        if (!string.IsNullOrWhiteSpace(settings["Host"]))
        {
            var password = string.IsNullOrEmpty(settings["Password"]) ? null : builder.AddParameter($"{name}-password", settings["Password"]!, secret: true);
            return new BookerMail(null, settings, password);
        }
        if (!LocalEmulators.Allowed(builder))
        {
            throw LocalEmulators.MissingSettings(builder, "Email:Host (with Email:UserName and Email:Password for Amazon SES's SMTP interface)", "smtp4dev");
        }

        var repositoryRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        var dataDirectory = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, settings["DataDirectory"] ?? "../.data/smtp4dev"));
        var emulator = builder.AddExecutable(name, "bash", repositoryRoot, Path.Combine(repositoryRoot, "scripts", "run-smtp4dev.sh"), dataDirectory)
            .WithHttpEndpoint(port: settings.GetValue("InboxPort", 5025), env: "PORT")
            .WithEndpoint(port: settings.GetValue("SmtpPort", 2525), scheme: "tcp", name: "smtp", env: "SMTP_PORT")
            .WithUrlForEndpoint("http", url => url.DisplayText = "Inbox")
            .WithUrlForEndpoint("smtp", url => url.DisplayLocation = UrlDisplayLocation.DetailsOnly)
            .WithHttpHealthCheck("/api/messages");
        return new BookerMail(emulator, settings, null);
    }

    /// <summary>The SMTP server's address (and, for SES, its credentials) for the service that sends email.</summary>
    public static IResourceBuilder<ProjectResource> WithMail(this IResourceBuilder<ProjectResource> service, BookerMail mail)
    {
        if (mail.Emulator is { } emulator)
        {
            var smtp = emulator.GetEndpoint("smtp");
            return service.WithEnvironment("Email__Host", smtp.Property(EndpointProperty.Host))
                .WithEnvironment("Email__Port", smtp.Property(EndpointProperty.Port))
                .WithEnvironment("Email__StartTls", "false")
                .WaitFor(emulator);
        }
        foreach (var key in new[] { "Host", "Port", "StartTls", "UserName", "FromAddress" })
        {
            if (!string.IsNullOrEmpty(mail.Settings[key])) service.WithEnvironment($"Email__{key}", mail.Settings[key]);
        }
        if (mail.Password is { } password) service.WithEnvironment("Email__Password", password);
        return service;
    }
}
