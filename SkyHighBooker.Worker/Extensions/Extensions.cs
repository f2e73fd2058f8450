using Microsoft.Extensions.DependencyInjection.Extensions;
using SkyHighBooker.Storage;
using SkyHighBooker.Worker.Documents;

namespace SkyHighBooker.Worker.Extensions;

public static class Extensions
{
    /// <summary>Everything that turns document jobs into stored PDFs, without the background loop (tests drive it).</summary>
    public static IHostApplicationBuilder AddDocumentRendering(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDataSource(BookerResources.Database);
        builder.AddBookerStorage();
        builder.Services.AddSingleton(builder.Configuration.GetSection(DocumentJobOptions.Section).Get<DocumentJobOptions>() ?? new DocumentJobOptions());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<DocumentJobQueue>();
        builder.Services.AddScoped<BookingDocumentSource>();
        builder.Services.AddSingleton<DocumentRenderer>();
        builder.Services.AddScoped<DocumentJobProcessor>(); // its meter and traces are under ServiceDefaults' SkyHighBooker.*
        return builder;
    }
}
