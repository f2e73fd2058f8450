using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SkyHighBooker.Api.Identity;
using SkyHighBooker.Api.Idempotency;
using SkyHighBooker.Api.RateLimiting;
using SkyHighBooker.Api.TravelDocuments;

namespace SkyHighBooker.Api.Apis;

public static class TravelDocumentsApi
{
    public static IEndpointRouteBuilder MapTravelDocumentsApi(this IEndpointRouteBuilder app)
    {
        var documents = app.MapGroup("/api/me/documents").WithTags("Account").RequireAuthorization().RequirePerUserLimit();
        documents.MapGet("/", ListMyTravelDocuments).WithName("ListMyTravelDocuments")
            .WithSummary("The signed-in user's travel documents, newest first, each with a pre-signed download URL valid for 5 minutes");
        documents.MapGet("/{id:guid}", GetMyTravelDocument).WithName("GetMyTravelDocument")
            .WithSummary("One of the signed-in user's travel documents with a fresh download URL; another user's is 404")
            .ProducesProblem(StatusCodes.Status404NotFound);
        documents.MapPost("/uploads", StartTravelDocumentUpload).WithName("StartTravelDocumentUpload")
            .WithSummary("An upload id and a pre-signed PUT URL for a passport or visa scan (PDF, JPEG or PNG, at most 10 MB); file it with POST /api/me/documents");
        documents.MapPost("/", FileTravelDocument).WithName("FileTravelDocument")
            .WithSummary("Makes an uploaded file a travel document if its content really is a PDF, JPEG or PNG of at most 10 MB; the upload is deleted either way. Requires an Idempotency-Key header.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        documents.MapDelete("/{id:guid}", DeleteMyTravelDocument).WithName("DeleteMyTravelDocument")
            .WithSummary("Deletes one of the signed-in user's travel documents and its file; another user's is 404")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<TravelDocumentView>>> ListMyTravelDocuments(
        ClaimsPrincipal user, TravelDocumentLibrary library, CancellationToken ct) =>
        TypedResults.Ok(await library.ListAsync(user.UserId(), ct));

    public static async Task<Results<Ok<TravelDocumentView>, ProblemHttpResult>> GetMyTravelDocument(
        Guid id, ClaimsPrincipal user, TravelDocumentLibrary library, CancellationToken ct) =>
        await library.FindAsync(user.UserId(), id, ct) is { } document ? TypedResults.Ok(document) : Problems.NotFound($"No travel document {id}.");

    public static async Task<Results<Ok<TravelDocumentUpload>, ValidationProblem>> StartTravelDocumentUpload(
        TravelDocumentUploadRequest request, ClaimsPrincipal user, TravelDocumentUploads uploads)
    {
        var errors = TravelDocumentUploads.Validate(request);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(await uploads.StartAsync(user.UserId(), request));
    }

    public static async Task<IdempotentCreated<TravelDocumentView>> FileTravelDocument(
        TravelDocumentFilingRequest request, ClaimsPrincipal user, HttpContext http, IdempotentEndpoint idempotent, TravelDocumentFiling filing, CancellationToken ct) =>
        new(await idempotent.RunAsync(http, user.UserId(), "file-travel-document", request,
            (write, token) => filing.FileAsync(user.UserId(), request, write, token), ct));

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteMyTravelDocument(
        Guid id, ClaimsPrincipal user, TravelDocumentLibrary library, CancellationToken ct) =>
        await library.DeleteAsync(user.UserId(), id, ct) ? TypedResults.NoContent() : Problems.NotFound($"No travel document {id}.");
}
