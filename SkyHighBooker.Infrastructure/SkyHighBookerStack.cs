using Amazon.CDK;
using Constructs;

namespace SkyHighBooker.Infrastructure;

/// <summary>The whole system on AWS, one construct per concern, composed in the order they depend on each other.</summary>
public sealed class SkyHighBookerStack : Stack
{
    public Network Network { get; }
    public Users Users { get; }
    public Secrets Secrets { get; }
    public Files Files { get; }
    public Database Database { get; }
    public Api Api { get; }
    public Worker Worker { get; }
    public Firewall Firewall { get; }
    public Cdn Cdn { get; }
    public Backups Backups { get; }
    public Alarms Alarms { get; }

    public SkyHighBookerStack(Construct scope, string id, DeploymentSettings settings, IStackProps? props = null) : base(scope, id, props)
    {
        Network = new Network(this, "Network", settings);
        Users = new Users(this, "Users");
        Secrets = new Secrets(this, "Secrets");
        Files = new Files(this, "Files");
        Database = new Database(this, "Database", settings, Network);
        Api = new Api(this, "Api", new ApiProps(settings, Network, Users, Database, Files, Secrets));
        Worker = new Worker(this, "Worker", settings, Network, Database, Files, Secrets);
        Firewall = new Firewall(this, "Firewall", settings);
        Cdn = new Cdn(this, "Cdn", settings, Api, Firewall, Files);
        Files.AllowUploadsFrom(Cdn.SiteOrigin);
        Backups = new Backups(this, "Backups", settings, Files, Database);
        Alarms = new Alarms(this, "Alarms", settings, Api, Database, Worker);

        Output("SiteUrl", Cdn.SiteOrigin, "The site (React app and /api/*)");
        Output("ApiUrl", Api.HttpApi.ApiEndpoint, "The HTTP API itself (the site reaches it at /api/*)");
        Output("UserPoolId", Users.Pool.UserPoolId, "Cognito:UserPoolId");
        Output("UserPoolClientId", Users.WebClient.UserPoolClientId, "Cognito:ClientId");
        Output("FilesBucketName", Files.Bucket.BucketName, "Storage:BucketName");
        Output("SiteBucketName", Cdn.SiteBucket.BucketName, "Where the built React app is uploaded");
        Output("DistributionId", Cdn.Distribution.DistributionId, "For invalidations after an upload");
        Output("StripeSecretKeyArn", Secrets.StripeSecretKey.SecretArn, "Put Stripe:SecretKey here");
        Output("StripeWebhookSecretArn", Secrets.StripeWebhookSecret.SecretArn, "Put Stripe:WebhookSecret here");
        Output("DatabaseSecretArn", Database.Primary.Secret!.SecretArn, "The database's generated credentials");
        Output("DatabaseReplicaEndpoint", Database.Replica.DbInstanceEndpointAddress, "The read replica (reporting, read-only queries)");
        Output("AlarmTopicArn", Alarms.Topic.TopicArn, "Subscribe to be told of alarms");
    }

    private void Output(string name, string value, string description) =>
        new CfnOutput(this, name, new CfnOutputProps { Value = value, Description = description });
}
