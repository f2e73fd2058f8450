using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.RDS;
using Constructs;
using InstanceType = Amazon.CDK.AWS.EC2.InstanceType;

namespace SkyHighBooker.Infrastructure;

/// <summary>
/// RDS PostgreSQL 16 in the isolated subnets: encrypted, 7 days of point-in-time recovery, deletion protection,
/// Performance Insights and logs exported, a read replica, and an RDS Proxy (TLS required) in front of the primary for
/// the Api's Lambda, whose many short-lived instances would otherwise each hold connections of their own. The master
/// credentials are generated into Secrets Manager; the services get no password in their configuration.
/// PostgreSQL is reachable from the proxy and the Worker, and through the proxy from the Api — from nothing else.
/// </summary>
public sealed class Database : Construct
{
    /// <summary>The connection string name the services use locally too (<c>ConnectionStrings:skyhighdb</c>).</summary>
    public const string Name = "skyhighdb";
    /// <summary>Not "postgres": a default administrator name is the first one guessed (CT.RDS.PR.22).</summary>
    public const string MasterUser = "skyhigh_admin";
    public const int Port = 5432;

    public DatabaseInstance Primary { get; }
    public DatabaseInstanceReadReplica Replica { get; }
    public DatabaseProxy Proxy { get; }
    public SecurityGroup SecurityGroup { get; }
    public SecurityGroup ProxySecurityGroup { get; }

    public Database(Construct scope, string id, DeploymentSettings settings, Network network) : base(scope, id)
    {
        var stackName = Stack.Of(this).StackName.ToLowerInvariant();
        var instanceType = new InstanceType(settings.DatabaseInstanceClass);

        SecurityGroup = new SecurityGroup(this, "SecurityGroup", new SecurityGroupProps
        {
            Vpc = network.Vpc, AllowAllOutbound = false, Description = "PostgreSQL: from the RDS Proxy and the Worker only",
        });
        ProxySecurityGroup = new SecurityGroup(this, "ProxySecurityGroup", new SecurityGroupProps
        {
            Vpc = network.Vpc, AllowAllOutbound = false, Description = "RDS Proxy: from the Api's Lambda only",
        });
        SecurityGroup.Connections.AllowFrom(ProxySecurityGroup, Amazon.CDK.AWS.EC2.Port.Tcp(Port), "PostgreSQL from the RDS Proxy");
        SecurityGroup.Connections.AllowFrom(network.WorkerSecurityGroup, Amazon.CDK.AWS.EC2.Port.Tcp(Port), "PostgreSQL from the Worker");
        ProxySecurityGroup.Connections.AllowFrom(network.ApiSecurityGroup, Amazon.CDK.AWS.EC2.Port.Tcp(Port), "PostgreSQL from the Api's Lambda");

        var engine = DatabaseInstanceEngine.Postgres(new PostgresInstanceEngineProps { Version = PostgresEngineVersion.VER_16 });
        var parameters = new ParameterGroup(this, "Parameters", new ParameterGroupProps
        {
            Engine = engine,
            Description = "Sky High Booker: TLS only, slow statements logged",
            Parameters = new Dictionary<string, string>
            {
                ["rds.force_ssl"] = "1",
                ["log_min_duration_statement"] = "500",
            },
        });

        string[] exports = ["postgresql", "upgrade"];
        var primaryId = $"{stackName}-db";
        var replicaId = $"{stackName}-db-replica";

        Primary = new DatabaseInstance(this, "Primary", new DatabaseInstanceProps
        {
            InstanceIdentifier = primaryId,
            Engine = engine,
            InstanceType = instanceType,
            Vpc = network.Vpc,
            VpcSubnets = network.Isolated,
            SecurityGroups = [SecurityGroup],
            PubliclyAccessible = false,
            DatabaseName = Name,
            Credentials = Credentials.FromGeneratedSecret(MasterUser),
            ParameterGroup = parameters,
            StorageEncrypted = true,
            StorageType = StorageType.GP3,
            AllocatedStorage = 50,
            MaxAllocatedStorage = 200,
            MultiAz = settings.MultiAz,
            BackupRetention = Duration.Days(7),
            DeleteAutomatedBackups = false,
            CopyTagsToSnapshot = true,
            DeletionProtection = true,
            RemovalPolicy = RemovalPolicy.SNAPSHOT,
            AutoMinorVersionUpgrade = true,
            EnablePerformanceInsights = true,
            PerformanceInsightRetention = PerformanceInsightRetention.DEFAULT,
            MonitoringInterval = Duration.Seconds(60),
            CloudwatchLogsExports = exports,
            IamAuthentication = true,
        });
        // Made here with a retention rather than by RDS (which never expires them) or by CDK's log-retention custom
        // resource (a Lambda function of its own, whose own log group would never expire).
        AddLogGroups(Primary, primaryId, exports);

        Replica = new DatabaseInstanceReadReplica(this, "Replica", new DatabaseInstanceReadReplicaProps
        {
            InstanceIdentifier = replicaId,
            SourceDatabaseInstance = Primary,
            InstanceType = instanceType,
            Vpc = network.Vpc,
            VpcSubnets = network.Isolated,
            SecurityGroups = [SecurityGroup],
            PubliclyAccessible = false,
            ParameterGroup = parameters,
            StorageEncrypted = true,
            StorageType = StorageType.GP3,
            DeletionProtection = true,
            RemovalPolicy = RemovalPolicy.DESTROY, // a copy of the primary: nothing of its own to snapshot
            AutoMinorVersionUpgrade = true,
            EnablePerformanceInsights = true,
            MonitoringInterval = Duration.Seconds(60),
            CloudwatchLogsExports = exports,
            IamAuthentication = true,
        });
        AddLogGroups(Replica, replicaId, exports);

        Proxy = Primary.AddProxy("Proxy", new DatabaseProxyOptions
        {
            Secrets = [Primary.Secret!],
            Vpc = network.Vpc,
            VpcSubnets = network.Isolated,
            SecurityGroups = [ProxySecurityGroup],
            RequireTLS = true,
            BorrowTimeout = Duration.Seconds(30),
            MaxConnectionsPercent = 80,
            IdleClientTimeout = Duration.Minutes(30),
        });
    }

    /// <summary>
    /// Npgsql's connection string for <paramref name="host"/>. No password: Npgsql reads PGPASSWORD, which the
    /// Worker's task gets from the database secret (ECS injects it) and the Api reads from the same secret at start-up.
    /// </summary>
    public static string ConnectionString(string host) =>
        $"Host={host};Port={Port};Database={Name};Username={MasterUser};SSL Mode=Require";

    private void AddLogGroups(IDatabaseInstance instance, string instanceId, IEnumerable<string> exports)
    {
        foreach (var export in exports)
        {
            var logGroup = LogGroups.New(this, $"{instanceId}-{export}-logs", $"/aws/rds/instance/{instanceId}/{export}");
            instance.Node.AddDependency(logGroup);
        }
    }
}
