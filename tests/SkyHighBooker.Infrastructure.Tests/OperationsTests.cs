using static SkyHighBooker.Infrastructure.Tests.SynthesizedStack;

namespace SkyHighBooker.Infrastructure.Tests;

/// <summary>Operations: logs kept (and not forever), alarms on what matters, and the outputs a deployment needs.</summary>
[Collection(SynthesizedStackCollection.Name)]
public sealed class OperationsTests(SynthesizedStack stack)
{
    [Fact]
    public void Every_log_group_has_a_retention_and_is_encrypted()
    {
        var groups = stack.Resources("AWS::Logs::LogGroup");
        Assert.True(groups.Count >= 8, $"only {groups.Count} log groups");
        foreach (var (id, group) in groups)
        {
            Assert.True(Properties(group)["RetentionInDays"]?.GetValue<int>() == 365, $"{id} keeps its logs {Properties(group)["RetentionInDays"]?.ToJsonString() ?? "forever"}");
            Assert.True(Properties(group)["KmsKeyId"] is not null, $"{id} is not encrypted with the log key");
        }
        // every producer writes into one of them: the Lambda, the Worker, the HTTP API, the VPC flow logs, and RDS
        // (whose groups must exist before the instances, under the names RDS writes to)
        Assert.Contains(stack.One("AWS::Logs::LogGroup", "ApiLogs").Id, Properties(stack.One("AWS::Lambda::Function", "ApiFunction").Resource)["LoggingConfig"]!.ToJsonString());
        Assert.Contains(stack.One("AWS::Logs::LogGroup", "WorkerLogs").Id, Properties(stack.One("AWS::ECS::TaskDefinition", "WorkerTask").Resource)["ContainerDefinitions"]!.ToJsonString());
        Assert.Contains(stack.One("AWS::Logs::LogGroup", "NetworkFlowLogs").Id, Properties(stack.Resources("AWS::EC2::FlowLog").Values.Single()).ToJsonString());
        var rdsGroups = groups.Values.Select(g => Properties(g)["LogGroupName"]?.GetValue<string>()).OfType<string>().Order().ToList();
        Assert.Equal(new[]
        {
            "/aws/rds/instance/skyhighbooker-db-replica/postgresql", "/aws/rds/instance/skyhighbooker-db-replica/upgrade",
            "/aws/rds/instance/skyhighbooker-db/postgresql", "/aws/rds/instance/skyhighbooker-db/upgrade",
        }, rdsGroups);
        var (_, primary) = stack.One("AWS::RDS::DBInstance", "DatabasePrimary");
        Assert.Equal("skyhighbooker-db", Properties(primary)["DBInstanceIdentifier"]!.GetValue<string>());
        Assert.Equal(new[] { "postgresql", "upgrade" }, Properties(primary)["EnableCloudwatchLogsExports"]!.AsArray().Select(e => e!.GetValue<string>()));
        // no custom resource Lambda (CDK's log-retention helper) with a log group of its own that would never expire
        Assert.Single(stack.Resources("AWS::Lambda::Function"));
    }

    [Fact]
    public void Alarms_on_Api_5xx_rate_Lambda_throttles_database_CPU_and_free_storage_and_failed_document_jobs()
    {
        var alarms = stack.Resources("AWS::CloudWatch::Alarm").ToDictionary(a => a.Key, a => Properties(a.Value));
        var topic = stack.One("AWS::SNS::Topic", "AlarmsTopic").Id;
        foreach (var (id, alarm) in alarms)
            Assert.True(alarm["AlarmActions"]!.ToJsonString().Contains(topic), $"{id} notifies nobody");

        var fiveXx = alarms.Single(a => a.Key.StartsWith("AlarmsApi5xxRate")).Value;
        Assert.Contains("100 * errors / requests", fiveXx["Metrics"]!.ToJsonString());
        Assert.Contains("\"5xx\"", fiveXx["Metrics"]!.ToJsonString());
        Assert.Equal(5, fiveXx["Threshold"]!.GetValue<double>());

        var throttles = alarms.Single(a => a.Key.StartsWith("AlarmsApiThrottles")).Value;
        Assert.Equal(("Throttles", "AWS/Lambda"), (throttles["MetricName"]!.GetValue<string>(), throttles["Namespace"]!.GetValue<string>()));

        var cpu = alarms.Single(a => a.Key.StartsWith("AlarmsDatabaseCpu")).Value;
        Assert.Equal(("CPUUtilization", 80.0), (cpu["MetricName"]!.GetValue<string>(), cpu["Threshold"]!.GetValue<double>()));

        var storage = alarms.Single(a => a.Key.StartsWith("AlarmsDatabaseFreeStorage")).Value;
        Assert.Equal(("FreeStorageSpace", "LessThanThreshold"), (storage["MetricName"]!.GetValue<string>(), storage["ComparisonOperator"]!.GetValue<string>()));

        var documents = alarms.Single(a => a.Key.StartsWith("AlarmsFailedDocumentJobs")).Value;
        Assert.Equal(("SkyHighBooker", "DocumentJobFailedAttempts"), (documents["Namespace"]!.GetValue<string>(), documents["MetricName"]!.GetValue<string>()));
        // counted from the Worker's own log line for a failed attempt (DocumentJobProcessor)
        var (_, filter) = stack.One("AWS::Logs::MetricFilter", "AlarmsFailedDocumentAttemptsFilter");
        Assert.Equal("\"for booking\" \"failed (attempt\"", Properties(filter)["FilterPattern"]!.GetValue<string>());
        Assert.Contains(stack.One("AWS::Logs::LogGroup", "WorkerLogs").Id, Properties(filter)["LogGroupName"]!.ToJsonString());
    }

    [Fact]
    public void Outputs_give_the_site_and_API_URLs_the_user_pool_and_client_ids_and_the_bucket_name()
    {
        var outputs = stack.Json["Outputs"]!.AsObject();
        Assert.Equal($"https://{SiteDomain}", outputs["SiteUrl"]!["Value"]!.GetValue<string>());
        foreach (var (name, source) in new[]
                 {
                     ("ApiUrl", "ApiHttpApi"), ("UserPoolId", "UsersPool"), ("UserPoolClientId", "UsersPoolWeb"),
                     ("FilesBucketName", "FilesBucket"), ("SiteBucketName", "CdnSite"),
                 })
            Assert.True(outputs[name]?["Value"]?.ToJsonString().Contains($"\"{source}") == true, $"output {name} does not come from {source}");
    }

    [Fact]
    public void Services_get_the_configuration_names_they_use_locally()
    {
        var api = Properties(stack.One("AWS::Lambda::Function", "ApiFunction").Resource)["Environment"]!["Variables"]!.AsObject();
        foreach (var name in new[] { "ConnectionStrings__skyhighdb", "Cognito__Region", "Cognito__UserPoolId", "Cognito__ClientId", "Storage__BucketName", "Storage__Region" })
            Assert.True(api.ContainsKey(name), $"the Api has no {name}");
        var worker = Properties(stack.One("AWS::ECS::TaskDefinition", "WorkerTask").Resource)["ContainerDefinitions"]![0]!["Environment"]!.AsArray()
            .Select(e => e!["Name"]!.GetValue<string>()).ToList();
        foreach (var name in new[] { "ConnectionStrings__skyhighdb", "Storage__BucketName", "Storage__Region" })
            Assert.Contains(name, worker);
    }
}
