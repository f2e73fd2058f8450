using Amazon.CDK;
using Amazon.CDK.AWS.Backup;
using Amazon.CDK.AWS.Events;
using Amazon.CDK.AWS.IAM;
using Constructs;

namespace SkyHighBooker.Infrastructure;

/// <summary>
/// An AWS Backup plan over the files bucket and the database: a backup every day, each kept 7 days, and — when a vault
/// in another region is named (context <c>backupCopyVaultArn</c>) — a copy there, so a region lost is not data lost.
/// The database has its own point-in-time recovery besides (<see cref="Database"/>).
/// </summary>
public sealed class Backups : Construct
{
    public const int RetentionDays = 7;

    public BackupPlan Plan { get; }

    public Backups(Construct scope, string id, DeploymentSettings settings, Files files, Database database) : base(scope, id)
    {
        var vault = new BackupVault(this, "Vault", new BackupVaultProps { RemovalPolicy = RemovalPolicy.RETAIN });

        BackupPlanCopyActionProps[]? copies = settings.BackupCopyVaultArn is { } copyVault
            ?
            [
                new BackupPlanCopyActionProps
                {
                    DestinationBackupVault = BackupVault.FromBackupVaultArn(this, "CopyVault", copyVault),
                    DeleteAfter = Duration.Days(RetentionDays),
                },
            ]
            : null;

        Plan = new BackupPlan(this, "Plan", new BackupPlanProps
        {
            BackupVault = vault,
            BackupPlanRules =
            [
                new BackupPlanRule(new BackupPlanRuleProps
                {
                    RuleName = "daily-7-days",
                    ScheduleExpression = Schedule.Cron(new CronOptions { Hour = "5", Minute = "0" }),
                    StartWindow = Duration.Hours(1),
                    CompletionWindow = Duration.Hours(8),
                    DeleteAfter = Duration.Days(RetentionDays),
                    CopyActions = copies,
                }),
            ],
        });

        // S3 backups need the S3 policies besides the general one, which CDK's default selection role lacks.
        var role = new Role(this, "Role", new RoleProps
        {
            AssumedBy = new ServicePrincipal("backup.amazonaws.com"),
            ManagedPolicies =
            [
                ManagedPolicy.FromAwsManagedPolicyName("service-role/AWSBackupServiceRolePolicyForBackup"),
                ManagedPolicy.FromAwsManagedPolicyName("service-role/AWSBackupServiceRolePolicyForRestores"),
                ManagedPolicy.FromAwsManagedPolicyName("AWSBackupServiceRolePolicyForS3Backup"),
                ManagedPolicy.FromAwsManagedPolicyName("AWSBackupServiceRolePolicyForS3Restore"),
            ],
        });
        Plan.AddSelection("FilesAndDatabase", new BackupSelectionOptions
        {
            Role = role,
            Resources =
            [
                BackupResource.FromArn(files.Bucket.BucketArn),
                BackupResource.FromRdsDatabaseInstance(database.Primary),
            ],
        });
    }
}
