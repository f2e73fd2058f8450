namespace SkyHighBooker.Api.Documents;

public static class DocumentsSetup
{
    /// <summary>A booking's documents as the Worker stored them, with download links.</summary>
    public static IHostApplicationBuilder AddDocuments(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<BookingDocuments>();
        return builder;
    }
}
