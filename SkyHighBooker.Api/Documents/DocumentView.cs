using SkyHighBooker.Api.Apis;

namespace SkyHighBooker.Api.Documents;

/// <summary>A booking's document: pending until the Worker has stored it, then ready with a short-lived download URL.</summary>
public sealed record DocumentView(Guid Id, [property: AllowedValuesFrom(typeof(DocumentKind))] string Kind, int? PassengerPosition, string FileName,
    [property: AllowedValuesFrom(typeof(DocumentViewStatus))] string Status, string? Url, DateTimeOffset? UrlExpiresAt);

/// <summary>A document's status as its owner sees it: the Worker's rendering and retries are all "pending".</summary>
public static class DocumentViewStatus
{
    public const string Pending = "pending";
    public const string Ready = "ready";
    public const string Failed = "failed";
}

public sealed record FailedDocumentView(Guid Id, Guid BookingId, [property: AllowedValuesFrom(typeof(DocumentKind))] string Kind, int? PassengerPosition, int Attempts, string? LastError, DateTimeOffset UpdatedAt);
