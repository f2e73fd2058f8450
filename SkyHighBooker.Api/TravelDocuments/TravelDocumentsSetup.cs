namespace SkyHighBooker.Api.TravelDocuments;

public static class TravelDocumentsSetup
{
    /// <summary>Travellers' passport and visa scans under users/{id}/documents/.</summary>
    public static IHostApplicationBuilder AddTravelDocuments(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<TravelDocumentUploads>();
        builder.Services.AddScoped<TravelDocumentFiling>();
        builder.Services.AddScoped<TravelDocumentLibrary>();
        return builder;
    }
}
