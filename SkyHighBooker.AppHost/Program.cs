using SkyHighBooker.AppHost;

// Development (and Aspire's testing builder) runs cognito-local, s3rver and the Stripe stand-in; any other
// environment needs the real services' settings (Cognito:UserPoolId, Storage:Mode=aws, Stripe:SecretKey).
var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddBookerPostgres("postgres");
var database = postgres.AddDatabase("skyhighdb");
var cognito = builder.AddBookerCognito("cognito");
var storage = builder.AddBookerStorage("s3");
var stripe = builder.AddBookerStripe("stripe");

var api = builder.AddProject<Projects.SkyHighBooker_Api>("api")
    .WithReference(database).WaitFor(postgres.Server)
    .WithCognito(cognito)
    .WithStripePayments(stripe)
    .WithStorage(storage)
    .WithTrustedProxies() // the Web's YARP: X-Forwarded-For believed from it only
    .WithHttpHealthCheck("/health");

builder.AddProject<Projects.SkyHighBooker_Worker>("worker")
    .WithReference(database).WaitFor(api)
    .WithStorage(storage)
    .WithStripe(stripe) // refunds and intent cancellations from the payment outbox
    .WithHttpHealthCheck("/health");

builder.AddProject<Projects.SkyHighBooker_Web>("web")
    .WithReference(api).WaitFor(api)
    .WithCognito(cognito)
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints();

builder.Build().Run();
