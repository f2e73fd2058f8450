using Amazon.CDK.AWS.Logs;

namespace SkyHighBooker.Infrastructure;

/// <summary>How long every log group keeps its events: one value, so no group is left at "never expire".</summary>
public static class Retention
{
    public const RetentionDays Logs = RetentionDays.ONE_MONTH;
}
