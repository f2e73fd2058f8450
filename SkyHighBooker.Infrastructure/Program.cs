using Amazon.CDK;
using SkyHighBooker.Infrastructure;

// `dotnet run --project SkyHighBooker.Infrastructure` writes the CloudFormation template to
// SkyHighBooker.Infrastructure/cdk.out; under the CDK CLI (`cdk deploy`, app in cdk.json) the CLI chooses the folder.
var app = new App(new AppProps
{
    Outdir = System.Environment.GetEnvironmentVariable("CDK_OUTDIR") ?? Path.Combine(ProjectDirectory.Path, "cdk.out"),
});
var settings = DeploymentSettings.FromContext(app.Node);

// Region given, account not: the template deploys to any account, and nothing is looked up while synthesizing.
new SkyHighBookerStack(app, "SkyHighBooker", settings, new StackProps
{
    Env = new Amazon.CDK.Environment { Region = settings.Region },
    Description = "Sky High Booker: Cognito, API Gateway + Lambda (Api), ECS Fargate (Worker), RDS PostgreSQL, S3, CloudFront",
});

app.Synth();
