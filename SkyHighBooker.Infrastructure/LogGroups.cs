using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.KMS;
using Amazon.CDK.AWS.Logs;
using Constructs;

namespace SkyHighBooker.Infrastructure;

/// <summary>
/// Every log group of the stack is made here, so none is left at "never expire" and all are encrypted with the
/// stack's one log key (logs carry booking ids, emails in errors, IP addresses).
/// </summary>
public static class LogGroups
{
    /// <summary>A year: what AWS Control Tower asks for (CT.CLOUDWATCH.PR.2), and long enough to look back at a season.</summary>
    public const RetentionDays Retention = RetentionDays.ONE_YEAR;

    public static LogGroup New(Construct scope, string id, string? name = null) => new(scope, id, new LogGroupProps
    {
        LogGroupName = name,
        Retention = Retention,
        EncryptionKey = KeyOf(Stack.Of(scope)),
        RemovalPolicy = RemovalPolicy.RETAIN,
    });

    private static IKey KeyOf(Stack stack)
    {
        const string id = "LogsKey";
        if (stack.Node.TryFindChild(id) is IKey existing) return existing;

        var key = new Key(stack, id, new KeyProps
        {
            Description = "Encrypts the stack's CloudWatch log groups",
            EnableKeyRotation = true,
            RemovalPolicy = RemovalPolicy.RETAIN,
        });
        // CloudWatch Logs encrypts with it on behalf of this account's log groups only.
        key.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Principals = [new ServicePrincipal($"logs.{stack.Region}.amazonaws.com")],
            Actions = ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
            Resources = ["*"], // in a key policy, "*" is this key
            Conditions = new Dictionary<string, object>
            {
                ["ArnLike"] = new Dictionary<string, object>
                {
                    ["kms:EncryptionContext:aws:logs:arn"] = $"arn:{stack.Partition}:logs:{stack.Region}:{stack.Account}:log-group:*",
                },
            },
        }));
        return key;
    }
}
