using Npgsql;
using SkyHighBooker.Api.Apis;
using SkyHighBooker.Api.Idempotency;
using SkyHighBooker.Api.Infrastructure;
using SkyHighBooker.Storage;

namespace SkyHighBooker.Api.TravelDocuments;

/// <summary>
/// Makes a staged upload a travel document, under the caller's Idempotency-Key: the staged object's real size and
/// first bytes are checked, it is copied to users/{id}/documents/{documentId}{.pdf|.jpg|.png} with the type its bytes
/// show, and the document's row is written with the key in one transaction. Only then is it listed. The staged object
/// is deleted after a refusal or a commit.
/// </summary>
public sealed class TravelDocumentFiling(FileStore files, TimeProvider clock)
{
    public const int MaxFileNameLength = 200;

    public static string KeyFor(string userId, Guid documentId, string contentType) =>
        $"users/{userId}/documents/{documentId:D}{TravelDocumentFormat.ExtensionFor(contentType)}";

    public async Task<OperationOutcome> FileAsync(string userId, TravelDocumentFilingRequest request, IdempotentWrite write, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Guid.TryParseExact(request.UploadId?.Trim(), "D", out var uploadId))
            errors["uploadId"] = ["The upload id is the uploadId the upload was started with."];
        var fileName = request.FileName?.Trim() ?? "";
        if (fileName.Length is 0 or > MaxFileNameLength) errors["fileName"] = [$"A file name is required, at most {MaxFileNameLength} characters."];
        else if (FreeText.HasControlCharacters(fileName)) errors["fileName"] = [FreeText.ControlCharactersMessage];
        if (errors.Count > 0) return Refuse(TypedResults.ValidationProblem(errors));

        // The key's lookup comes first, so a retry after the staged upload was used and deleted replays the first answer.
        await write.ReadAsync<bool>([], (_, _) => Task.FromResult(true), ct);

        var stagedKey = TravelDocumentUploads.StagedKeyFor(userId, uploadId);
        var staged = await files.DescribeAsync(stagedKey, ct);
        if (staged is null) return await GoneAsync(uploadId, write, ct);

        var (contentType, refusal) = await RecogniseAsync(stagedKey, staged, ct);
        if (contentType is null && refusal is null) return await GoneAsync(uploadId, write, ct);
        if (contentType is null)
        {
            await files.DeleteAsync(stagedKey, ct);
            return Refuse(TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [refusal!] }));
        }

        var documentId = Guid.CreateVersion7();
        var key = KeyFor(userId, documentId, contentType);
        // Gone or replaced since it was checked (real S3 reports a second PUT through the ETag condition).
        if (!await files.CopyAsync(stagedKey, key, staged.ETag, contentType, new Dictionary<string, string>(), ct))
            return await GoneAsync(uploadId, write, ct);

        var view = new TravelDocumentView(documentId, fileName, contentType, staged.Size, clock.UtcNowAsStored(), null, null);
        var answer = new OperationOutcome.Success(StatusCodes.Status201Created, view, $"/api/me/documents/{documentId}");
        try
        {
            await write.CommitAsync(answer, [Insert(documentId, userId, view, key)], ct);
        }
        catch
        {
            // Not filed (the key was claimed by a concurrent request, or the database failed): the copy is nobody's document.
            await files.DeleteAsync(key, CancellationToken.None);
            throw;
        }
        await files.DeleteAsync(stagedKey, ct);
        return answer;
    }

    /// <summary>
    /// The staged upload is not there (any more). A concurrent request with the same key may have just filed it: it
    /// commits before it deletes the upload, so its answer is replayed; otherwise there is nothing to file.
    /// </summary>
    private static async Task<OperationOutcome> GoneAsync(Guid uploadId, IdempotentWrite write, CancellationToken ct)
    {
        await write.AwaitConcurrentClaimAsync(ct);
        return Refuse(Problems.NotFound($"No upload {uploadId} to file: upload the document again."));
    }

    public const string TooLarge = "The document is larger than 10 MB.";
    public const string NotADocument = "The file is not a PDF, JPEG or PNG.";

    /// <summary>The content type the staged object's bytes show, or why it is refused; neither when it is gone.</summary>
    private async Task<(string? ContentType, string? Refusal)> RecogniseAsync(string stagedKey, StoredObject staged, CancellationToken ct)
    {
        if (staged.Size > TravelDocumentUploads.MaxBytes) return (null, TooLarge);
        // An empty file is no document (and S3 refuses a ranged GET of it with 416).
        if (staged.Size == 0) return (null, NotADocument);
        var start = await files.ReadStartAsync(stagedKey, TravelDocumentFormat.BytesToRecognise, staged.ETag, ct);
        if (start is null) return (null, null);
        var contentType = TravelDocumentFormat.ContentTypeOf(start);
        return contentType is null ? (null, NotADocument) : (contentType, null);
    }

    private static NpgsqlBatchCommand Insert(Guid id, string userId, TravelDocumentView view, string key) => SqlBatch.Command($"""
        INSERT INTO travel_documents (id, user_id, file_name, content_type, size_bytes, object_key, created_at)
        VALUES ({id}, {userId}, {view.FileName}, {view.ContentType}, {view.SizeBytes}, {key}, {view.UploadedAt})
        """);

    private static OperationOutcome Refuse(IResult result) => new OperationOutcome.Refusal(result);
}
