using Amazon.CDK.Assertions;
using static SkyHighBooker.Infrastructure.Tests.SynthesizedStack;

namespace SkyHighBooker.Infrastructure.Tests;

/// <summary>The design's "Scalability &amp; Performance" promises, one test each, against the synthesized template.</summary>
[Collection(SynthesizedStackCollection.Name)]
public sealed class ScalabilityAndPerformanceTests(SynthesizedStack stack)
{
    [Fact]
    public void The_Api_runs_on_Lambda_behind_API_Gateway_via_the_Lambda_Web_Adapter()
    {
        var (functionId, function) = stack.One("AWS::Lambda::Function", "ApiFunction");
        var properties = Properties(function);
        Assert.Equal("provided.al2023", properties["Runtime"]!.GetValue<string>());
        Assert.Equal("bootstrap", properties["Handler"]!.GetValue<string>());
        Assert.Contains(properties["Layers"]!.AsArray(), layer => layer!.ToJsonString().Contains(":753240598075:layer:LambdaAdapterLayerX86:"));
        var environment = properties["Environment"]!["Variables"]!;
        Assert.Equal("8080", environment["AWS_LWA_PORT"]!.GetValue<string>());
        Assert.Equal("/health", environment["AWS_LWA_READINESS_CHECK_PATH"]!.GetValue<string>());
        // in the VPC's compute subnets
        var subnets = properties["VpcConfig"]!["SubnetIds"]!.AsArray().Select(s => s!["Ref"]!.GetValue<string>()).ToList();
        Assert.Equal(2, subnets.Count);
        Assert.All(subnets, subnet => Assert.StartsWith("NetworkVpcComputeSubnet", subnet));
        // and every route integrates with it
        var (_, integration) = stack.One("AWS::ApiGatewayV2::Integration", "ApiHttpApi");
        Assert.Equal("AWS_PROXY", Properties(integration)["IntegrationType"]!.GetValue<string>());
        Assert.Contains(functionId, Properties(integration)["IntegrationUri"]!.ToJsonString());
        Assert.Equal("2.0", Properties(integration)["PayloadFormatVersion"]!.GetValue<string>());
    }

    [Fact]
    public void API_Gateway_throttles_at_the_stage_and_writes_access_logs()
    {
        var (_, stage) = stack.One("AWS::ApiGatewayV2::Stage", "ApiStage");
        var properties = Properties(stage);
        Assert.Equal("$default", properties["StageName"]!.GetValue<string>());
        var throttle = properties["DefaultRouteSettings"]!;
        Assert.Equal(200, throttle["ThrottlingRateLimit"]!.GetValue<double>());
        Assert.Equal(400, throttle["ThrottlingBurstLimit"]!.GetValue<double>());
        var logs = properties["AccessLogSettings"]!;
        Assert.Contains(stack.One("AWS::Logs::LogGroup", "ApiAccessLogs").Id, logs["DestinationArn"]!.ToJsonString());
        Assert.Contains("$context.status", logs["Format"]!.GetValue<string>());
    }

    [Fact]
    public void A_read_replica_of_the_primary_database()
    {
        var primary = stack.One("AWS::RDS::DBInstance", "DatabasePrimary").Id;
        var (_, replica) = stack.One("AWS::RDS::DBInstance", "DatabaseReplica");
        Assert.Contains($"\"{primary}\"", Properties(replica)["SourceDBInstanceIdentifier"]!.ToJsonString());
        Assert.Equal("postgres", Properties(stack.One("AWS::RDS::DBInstance", "DatabasePrimary").Resource)["Engine"]!.GetValue<string>());
        Assert.StartsWith("16", Properties(stack.One("AWS::RDS::DBInstance", "DatabasePrimary").Resource)["EngineVersion"]!.GetValue<string>());
    }

    [Fact]
    public void Connection_pooling_through_RDS_Proxy_which_the_Api_Lambda_uses()
    {
        var (proxyId, proxy) = stack.One("AWS::RDS::DBProxy", "DatabasePrimaryProxy");
        Assert.Equal("POSTGRESQL", Properties(proxy)["EngineFamily"]!.GetValue<string>());
        stack.Template.HasResourceProperties("AWS::RDS::DBProxyTargetGroup", Match.ObjectLike(new Dictionary<string, object>
        {
            ["DBProxyName"] = new Dictionary<string, object> { ["Ref"] = proxyId },
            ["ConnectionPoolConfigurationInfo"] = Match.ObjectLike(new Dictionary<string, object> { ["MaxConnectionsPercent"] = 80 }),
        }));
        var connection = Properties(stack.One("AWS::Lambda::Function", "ApiFunction").Resource)["Environment"]!["Variables"]!["ConnectionStrings__skyhighdb"]!.ToJsonString();
        Assert.Contains($"[\"{proxyId}\",\"Endpoint\"]", connection);
    }

    [Fact]
    public void CloudFront_caches_public_GETs_by_the_Api_Cache_Control_and_keeps_signed_in_answers_apart()
    {
        var (policyId, policy) = stack.One("AWS::CloudFront::CachePolicy", "CdnApiCache");
        var config = Properties(policy)["CachePolicyConfig"]!;
        // without Cache-Control nothing is cached (default 0); with it, up to an hour
        Assert.Equal(0, config["DefaultTTL"]!.GetValue<double>());
        Assert.Equal(0, config["MinTTL"]!.GetValue<double>());
        Assert.Equal(3600, config["MaxTTL"]!.GetValue<double>());
        var key = config["ParametersInCacheKeyAndForwardedToOrigin"]!;
        Assert.Equal("all", key["QueryStringsConfig"]!["QueryStringBehavior"]!.GetValue<string>());
        Assert.Equal("whitelist", key["HeadersConfig"]!["HeaderBehavior"]!.GetValue<string>());
        Assert.Equal(new[] { "Authorization" }, key["HeadersConfig"]!["Headers"]!.AsArray().Select(h => h!.GetValue<string>()));

        var distribution = Properties(stack.One("AWS::CloudFront::Distribution", "CdnDistribution").Resource)["DistributionConfig"]!;
        var api = distribution["CacheBehaviors"]!.AsArray().Single(b => b!["PathPattern"]!.GetValue<string>() == "/api/*")!;
        Assert.Contains(policyId, api["CachePolicyId"]!.ToJsonString());
        Assert.Contains("GET", api["CachedMethods"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Contains("POST", api["AllowedMethods"]!.AsArray().Select(m => m!.GetValue<string>()));
        // Managed-AllViewerExceptHostHeader: Idempotency-Key, Stripe-Signature and the rest reach the Api
        Assert.Equal("b689b0a8-53d0-40ab-baf2-68738e2966ac", api["OriginRequestPolicyId"]!.GetValue<string>());
        // the app itself from the site bucket through origin access control, index.html for client-side routes
        Assert.Equal("index.html", distribution["DefaultRootObject"]!.GetValue<string>());
        var defaultOrigin = distribution["DefaultCacheBehavior"]!["TargetOriginId"]!.GetValue<string>();
        Assert.NotNull(distribution["Origins"]!.AsArray().Single(o => o!["Id"]!.GetValue<string>() == defaultOrigin)!["OriginAccessControlId"]);
        Assert.Equal("viewer-request", distribution["DefaultCacheBehavior"]!["FunctionAssociations"]![0]!["EventType"]!.GetValue<string>());
    }

    [Fact]
    public void The_Worker_runs_at_least_one_Fargate_task_and_scales_out_on_CPU()
    {
        var (serviceId, service) = stack.One("AWS::ECS::Service", "WorkerService");
        Assert.Equal("FARGATE", Properties(service)["LaunchType"]!.GetValue<string>());
        Assert.Equal(1, Properties(service)["DesiredCount"]!.GetValue<int>());
        Assert.Equal("DISABLED", Properties(service)["NetworkConfiguration"]!["AwsvpcConfiguration"]!["AssignPublicIp"]!.GetValue<string>());
        var (targetId, target) = stack.One("AWS::ApplicationAutoScaling::ScalableTarget", "WorkerService");
        Assert.Equal(1, Properties(target)["MinCapacity"]!.GetValue<int>());
        Assert.Equal(4, Properties(target)["MaxCapacity"]!.GetValue<int>());
        Assert.Contains(serviceId, Properties(target)["ResourceId"]!.ToJsonString());
        stack.Template.HasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", Match.ObjectLike(new Dictionary<string, object>
        {
            ["ScalingTargetId"] = new Dictionary<string, object> { ["Ref"] = targetId },
            ["TargetTrackingScalingPolicyConfiguration"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["TargetValue"] = 60,
                ["PredefinedMetricSpecification"] = new Dictionary<string, object> { ["PredefinedMetricType"] = "ECSServiceAverageCPUUtilization" },
            }),
        }));
    }

    [Fact]
    public void Multi_AZ_database_when_asked_for_over_a_VPC_of_two_given_zones()
    {
        Assert.True(Properties(stack.One("AWS::RDS::DBInstance", "DatabasePrimary").Resource)["MultiAZ"]!.GetValue<bool>());
        var zones = stack.Resources("AWS::EC2::Subnet").Values.Select(s => Properties(s)["AvailabilityZone"]!.GetValue<string>()).Distinct().Order();
        Assert.Equal(new[] { "us-east-1a", "us-east-1b" }, zones);
    }
}
