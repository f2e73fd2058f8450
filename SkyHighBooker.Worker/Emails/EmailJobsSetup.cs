using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SkyHighBooker.Worker.Emails;

public static class EmailJobsSetup
{
    /// <summary>
    /// Everything that sends the email outbox over SMTP, without the background loop (tests drive it); on top of
    /// <see cref="Extensions.Extensions.AddDocumentRendering"/>, whose database, storage and booking reader it uses.
    /// </summary>
    public static IHostApplicationBuilder AddEmailJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<SmtpSettings>(builder.Configuration.GetSection(SmtpSettings.Section));
        builder.Services.AddSingleton(builder.Configuration.GetSection(EmailJobOptions.Section).Get<EmailJobOptions>() ?? new EmailJobOptions());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<EmailJobQueue>();
        builder.Services.AddScoped<BookingEmailSource>();
        builder.Services.AddSingleton<SmtpMailer>();
        builder.Services.AddScoped<EmailJobProcessor>(); // its meter and traces are under ServiceDefaults' SkyHighBooker.*
        return builder;
    }
}
