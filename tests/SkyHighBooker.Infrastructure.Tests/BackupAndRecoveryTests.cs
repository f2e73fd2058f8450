using static SkyHighBooker.Infrastructure.Tests.SynthesizedStack;

namespace SkyHighBooker.Infrastructure.Tests;

/// <summary>The design's "Backup &amp; Recovery" promises, one test each, against the synthesized template.</summary>
[Collection(SynthesizedStackCollection.Name)]
public sealed class BackupAndRecoveryTests(SynthesizedStack stack)
{
    [Fact]
    public void Automated_database_backups_kept_7_days_for_point_in_time_recovery()
    {
        var primary = Properties(stack.One("AWS::RDS::DBInstance", "DatabasePrimary").Resource);
        Assert.Equal(7, primary["BackupRetentionPeriod"]!.GetValue<int>());
        Assert.False(primary["DeleteAutomatedBackups"]!.GetValue<bool>()); // they outlive the instance
        Assert.True(primary["CopyTagsToSnapshot"]!.GetValue<bool>());
    }

    [Fact]
    public void Deletion_protection_on_the_database_and_the_user_pool_and_data_outlives_the_stack()
    {
        foreach (var (id, instance) in stack.Resources("AWS::RDS::DBInstance"))
            Assert.True(Properties(instance)["DeletionProtection"]?.GetValue<bool>() == true, $"{id} has no deletion protection");
        var (_, primary) = stack.One("AWS::RDS::DBInstance", "DatabasePrimary");
        Assert.Equal("Snapshot", primary["DeletionPolicy"]!.GetValue<string>());
        var (_, pool) = stack.One("AWS::Cognito::UserPool", "UsersPool");
        Assert.Equal("ACTIVE", Properties(pool)["DeletionProtection"]!.GetValue<string>());
        Assert.Equal("Retain", pool["DeletionPolicy"]!.GetValue<string>());
        foreach (var type in new[] { "AWS::S3::Bucket", "AWS::SecretsManager::Secret", "AWS::Backup::BackupVault" })
            foreach (var (id, resource) in stack.Resources(type))
                Assert.True(resource["DeletionPolicy"]?.GetValue<string>() == "Retain", $"{id} is deleted with the stack");
    }

    [Fact]
    public void AWS_Backup_plan_backs_up_files_and_database_daily_keeps_7_days_and_copies_to_another_region()
    {
        var (planId, plan) = stack.One("AWS::Backup::BackupPlan", "BackupsPlan");
        var rule = Properties(plan)["BackupPlan"]!["BackupPlanRule"]!.AsArray().Single()!;
        Assert.Equal("cron(0 5 * * ? *)", rule["ScheduleExpression"]!.GetValue<string>());
        Assert.Equal(7, rule["Lifecycle"]!["DeleteAfterDays"]!.GetValue<int>());
        var copy = rule["CopyActions"]!.AsArray().Single()!;
        Assert.Equal(CopyVaultArn, copy["DestinationBackupVaultArn"]!.GetValue<string>());
        Assert.Equal(7, copy["Lifecycle"]!["DeleteAfterDays"]!.GetValue<int>());

        var (_, selection) = stack.One("AWS::Backup::BackupSelection", "BackupsPlanFilesAndDatabase");
        Assert.Contains(planId, Properties(selection)["BackupPlanId"]!.ToJsonString());
        var resources = Properties(selection)["BackupSelection"]!["Resources"]!.ToJsonString();
        Assert.Contains(stack.One("AWS::S3::Bucket", "FilesBucket").Id, resources);
        Assert.Contains(":rds:", resources);
        Assert.Contains(stack.One("AWS::RDS::DBInstance", "DatabasePrimary").Id, resources);
    }

    [Fact]
    public void S3_keeps_old_versions_30_days_then_expires_them_and_abandoned_uploads_after_a_day()
    {
        var (_, files) = stack.One("AWS::S3::Bucket", "FilesBucket");
        var rules = Properties(files)["LifecycleConfiguration"]!["Rules"]!.AsArray();
        var oldVersions = rules.Single(r => r!["Id"]!.GetValue<string>() == "old-versions")!;
        Assert.Equal("Enabled", oldVersions["Status"]!.GetValue<string>());
        Assert.Equal(30, oldVersions["NoncurrentVersionExpiration"]!["NoncurrentDays"]!.GetValue<int>());
        var uploads = rules.Single(r => r!["Id"]!.GetValue<string>() == "abandoned-uploads")!;
        Assert.Equal("uploads/", uploads["Prefix"]!.GetValue<string>());
        Assert.Equal(1, uploads["ExpirationInDays"]!.GetValue<int>());
    }
}
