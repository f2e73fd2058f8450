namespace SkyHighBooker.Schema;

public static class DocumentJobStatus
{
    public const string Pending = "pending";
    public const string Rendering = "rendering";
    public const string Ready = "ready";
    public const string Failed = "failed";
    /// <summary>Revoked (its booking was cancelled): the Worker deletes the object, then marks it withdrawn.</summary>
    public const string Withdrawing = "withdrawing";
    public const string Withdrawn = "withdrawn";

    public static readonly string[] All = [Pending, Rendering, Ready, Failed, Withdrawing, Withdrawn];
}
