using Amazon.CDK.AWS.WAFv2;
using Constructs;

namespace SkyHighBooker.Infrastructure;

/// <summary>
/// AWS WAF on CloudFront: the per-address limit the Api keeps locally, counted where the viewer's address is known.
/// Behind CloudFront every request reaches the Api from an edge, so the Api's own per-IP limit would put all the
/// travellers of one edge in one bucket; it is off there (<c>RateLimits__PerIpPermitsPerMinute=0</c>) and this counts
/// instead, with AWS's managed rules for known-bad requests in front. A web ACL for CloudFront lives in us-east-1: a
/// stack elsewhere is given one made there (context <c>siteWebAclArn</c>).
/// </summary>
public sealed class Firewall : Construct
{
    /// <summary>Requests one address may send in a minute: the Api's local per-IP limit (RateLimits.Options).</summary>
    public const int PermitsPerAddressPerMinute = 1200;

    /// <summary>The web ACL's ARN, for the distribution.</summary>
    public string WebAclArn { get; }

    public Firewall(Construct scope, string id, DeploymentSettings settings) : base(scope, id)
    {
        if (settings.SiteWebAclArn is { } given)
        {
            WebAclArn = given;
            return;
        }
        if (settings.Region != "us-east-1")
            throw new ArgumentException($"CloudFront's web ACL can only be made in us-east-1, and this stack is for {settings.Region}: "
                + "make one there (scope CLOUDFRONT, the rules of Firewall.cs) and give its ARN with -c siteWebAclArn=...");

        var webAcl = new CfnWebACL(this, "WebAcl", new CfnWebACLProps
        {
            Scope = "CLOUDFRONT",
            DefaultAction = new CfnWebACL.DefaultActionProperty { Allow = new CfnWebACL.AllowActionProperty() },
            VisibilityConfig = Visibility("site"),
            Rules = new object[]
            {
                new CfnWebACL.RuleProperty
                {
                    Name = "per-address-limit",
                    Priority = 0,
                    Action = new CfnWebACL.RuleActionProperty { Block = new CfnWebACL.BlockActionProperty() },
                    Statement = new CfnWebACL.StatementProperty
                    {
                        RateBasedStatement = new CfnWebACL.RateBasedStatementProperty
                        {
                            AggregateKeyType = "IP",
                            Limit = PermitsPerAddressPerMinute,
                            EvaluationWindowSec = 60,
                        },
                    },
                    VisibilityConfig = Visibility("per-address-limit"),
                },
                ManagedRules("AWSManagedRulesKnownBadInputsRuleSet", 1),
                ManagedRules("AWSManagedRulesAmazonIpReputationList", 2),
            },
        });
        WebAclArn = webAcl.AttrArn;
    }

    private static CfnWebACL.RuleProperty ManagedRules(string name, int priority) => new()
    {
        Name = name,
        Priority = priority,
        OverrideAction = new CfnWebACL.OverrideActionProperty { None = new Dictionary<string, object>() },
        Statement = new CfnWebACL.StatementProperty
        {
            ManagedRuleGroupStatement = new CfnWebACL.ManagedRuleGroupStatementProperty { VendorName = "AWS", Name = name },
        },
        VisibilityConfig = Visibility(name),
    };

    private static CfnWebACL.VisibilityConfigProperty Visibility(string metric) => new()
    {
        CloudWatchMetricsEnabled = true,
        MetricName = metric,
        SampledRequestsEnabled = true,
    };
}
