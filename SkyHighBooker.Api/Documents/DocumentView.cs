namespace SkyHighBooker.Api.Documents;

/// <summary>A booking's document: pending until the Worker has stored it, then ready with a short-lived download URL.</summary>
public sealed record DocumentView(Guid Id, string Kind, int? PassengerPosition, string FileName, string Status, string? Url, DateTimeOffset? UrlExpiresAt);

public sealed record FailedDocumentView(Guid Id, Guid BookingId, string Kind, int? PassengerPosition, int Attempts, string? LastError, DateTimeOffset UpdatedAt);
