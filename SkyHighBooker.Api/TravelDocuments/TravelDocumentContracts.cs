namespace SkyHighBooker.Api.TravelDocuments;

public sealed record TravelDocumentUploadRequest(string? ContentType, long? ContentLength);

/// <summary>Where to PUT the file, and the upload's id to file it with once it is there.</summary>
public sealed record TravelDocumentUpload(string UploadId, string Url, string Method, IReadOnlyDictionary<string, string> Headers, DateTimeOffset ExpiresAt);

public sealed record TravelDocumentFilingRequest(string? UploadId, string? FileName);

/// <summary>
/// A stored document. <see cref="DownloadUrl"/> (pre-signed, 5 minutes) is only in lists and reads: the answer to filing
/// one is kept for replays for 24 hours, longer than any link lives.
/// </summary>
public sealed record TravelDocumentView(Guid Id, string FileName, string ContentType, long SizeBytes, DateTimeOffset UploadedAt,
    string? DownloadUrl, DateTimeOffset? DownloadUrlExpiresAt);
