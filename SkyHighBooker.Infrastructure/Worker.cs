using Amazon.CDK;
using Amazon.CDK.AWS.ApplicationAutoScaling;
using Amazon.CDK.AWS.ECR;
using Amazon.CDK.AWS.ECS;
using Amazon.CDK.AWS.Logs;
using Constructs;
using EcsSecret = Amazon.CDK.AWS.ECS.Secret;

namespace SkyHighBooker.Infrastructure;

/// <summary>
/// SkyHighBooker.Worker on ECS Fargate in the compute subnets: always at least one task (it carries out the document,
/// payment and email outboxes, so it must run all the time), more when busy. ECS injects its secrets as environment
/// variables when the task starts — Stripe:SecretKey, the SES SMTP credentials (Email:UserName, Email:Password) and
/// PGPASSWORD (which Npgsql reads) — so the Worker needs no code to read Secrets Manager and no secret is in its task
/// definition.
/// </summary>
public sealed class Worker : Construct
{
    public const int MinTasks = 1;
    public const int MaxTasks = 4;
    public const double TargetCpuPercent = 60;

    public FargateService Service { get; }
    public LogGroup Logs { get; }

    public Worker(Construct scope, string id, DeploymentSettings settings, Network network, Database database, Files files, Secrets secrets)
        : base(scope, id)
    {
        var stack = Stack.Of(this);
        var cluster = new Cluster(this, "Cluster", new ClusterProps { Vpc = network.Vpc, ContainerInsights = true });
        Logs = LogGroups.New(this, "Logs");

        var task = new FargateTaskDefinition(this, "Task", new FargateTaskDefinitionProps
        {
            Cpu = 512,
            MemoryLimitMiB = 1024,
            RuntimePlatform = new RuntimePlatform { CpuArchitecture = CpuArchitecture.X86_64, OperatingSystemFamily = OperatingSystemFamily.LINUX },
        });
        // Read-only root file system; the runtime's scratch (diagnostic sockets, temp files) goes to a task-local /tmp.
        task.AddVolume(new Amazon.CDK.AWS.ECS.Volume { Name = "tmp" });
        var container = task.AddContainer("Worker", new ContainerDefinitionOptions
        {
            Image = Image(settings.WorkerImage),
            // the non-root user of .NET's container images (`dotnet publish /t:PublishContainer` sets it too)
            User = "1654",
            MemoryLimitMiB = 1024,
            Logging = LogDrivers.AwsLogs(new AwsLogDriverProps { LogGroup = Logs, StreamPrefix = "worker" }),
            ReadonlyRootFilesystem = true,
            Environment = new Dictionary<string, string>
            {
                ["DOTNET_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__" + Database.Name] = Database.ConnectionString(database.Primary.DbInstanceEndpointAddress),
                ["Storage__BucketName"] = files.Bucket.BucketName,
                ["Storage__Region"] = stack.Region,
                // Amazon SES's SMTP interface (through the VPC endpoint); the Worker's default is STARTTLS on
                ["Email__Host"] = $"email-smtp.{stack.Region}.amazonaws.com",
                ["Email__Port"] = Network.SesSmtpPort.ToString(),
                ["Email__FromAddress"] = settings.EmailFromAddress,
            },
            Secrets = new Dictionary<string, EcsSecret>
            {
                ["Stripe__SecretKey"] = EcsSecret.FromSecretsManager(secrets.StripeSecretKey),
                ["PGPASSWORD"] = EcsSecret.FromSecretsManager(database.Primary.Secret!, "password"),
                ["Email__UserName"] = EcsSecret.FromSecretsManager(secrets.SesSmtpCredentials, "username"),
                ["Email__Password"] = EcsSecret.FromSecretsManager(secrets.SesSmtpCredentials, "password"),
            },
        });
        container.AddMountPoints(new MountPoint { SourceVolume = "tmp", ContainerPath = "/tmp", ReadOnly = false });
        files.Bucket.GrantReadWrite(task.TaskRole);
        files.Bucket.GrantDelete(task.TaskRole);

        Service = new FargateService(this, "Service", new FargateServiceProps
        {
            Cluster = cluster,
            TaskDefinition = task,
            DesiredCount = MinTasks,
            MinHealthyPercent = 100,
            MaxHealthyPercent = 200,
            CircuitBreaker = new DeploymentCircuitBreaker { Rollback = true },
            VpcSubnets = network.Compute,
            SecurityGroups = [network.WorkerSecurityGroup],
            AssignPublicIp = false,
            PlatformVersion = FargatePlatformVersion.LATEST,
        });

        // The document backlog would be the better signal, but the Worker publishes no backlog metric (its meters
        // count rendered, withdrawn and failed jobs); rendering PDFs is CPU-bound, so CPU follows the backlog.
        var scaling = Service.AutoScaleTaskCount(new EnableScalingProps { MinCapacity = MinTasks, MaxCapacity = MaxTasks });
        scaling.ScaleOnCpuUtilization("Cpu", new CpuUtilizationScalingProps
        {
            TargetUtilizationPercent = TargetCpuPercent,
            ScaleOutCooldown = Duration.Minutes(1),
            ScaleInCooldown = Duration.Minutes(5),
        });
    }

    /// <summary><c>repository:tag</c> is a repository of this account's ECR (pull rights granted); anything else is pulled as given.</summary>
    private ContainerImage Image(string reference)
    {
        if (reference.Contains('/')) return ContainerImage.FromRegistry(reference);
        var (name, tag) = reference.Split(':') is [var n, var t] ? (n, t) : (reference, "latest");
        return ContainerImage.FromEcrRepository(Repository.FromRepositoryName(this, "Repository", name), tag);
    }
}
