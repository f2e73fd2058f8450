using SkyHighBooker;
using Microsoft.Extensions.Configuration;
using SkyHighBooker.AppHost;

// Development (and Aspire's testing builder) runs cognito-local, s3rver, the Stripe stand-in and smtp4dev; any other
// environment needs the real services' settings (Cognito:UserPoolId, Storage:Mode=aws, Stripe:SecretKey, Email:Host).
// README.md's architecture diagram shows these resources and their references (AppHostDiagramTests keeps it so).
var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddBookerPostgres(BookerResources.Postgres);
var database = postgres.AddDatabase(BookerResources.Database);
// A hot standby for the public reads; none with Postgres:Replica=false, nor with PostgreSQL in a container.
var replica = builder.Configuration.GetValue("Postgres:Replica", true) ? postgres.AddStandby(BookerResources.PostgresReplica) : null;
var replicaDatabase = replica?.AddDatabase(BookerResources.DatabaseReplica, BookerResources.Database);
var cognito = builder.AddBookerCognito(BookerResources.Cognito);
var cognitoSetup = builder.AddBookerCognitoSetup(BookerResources.CognitoSetup, cognito); // the emulator's pool and dev admin
var storage = builder.AddBookerS3(BookerResources.Storage);
var stripe = builder.AddBookerStripe(BookerResources.Stripe);
var mail = builder.AddBookerMail(BookerResources.Mail); // smtp4dev locally, Amazon SES's SMTP interface on AWS

var api = builder.AddProject<Projects.SkyHighBooker_Api>(BookerResources.Api)
    .WithReplicas(builder.Configuration.GetValue("Api:Replicas", 1)) // 1 by default; more share one proxied endpoint (:5080)
    .WithReference(database).WaitFor(postgres.Server)
    .WithReadReplica(replicaDatabase, replica?.Server) // searches, the fares calendar and a flight's details; the rest on the primary
    .WithCognito(cognitoSetup)
    .WithStripePayments(stripe)
    .WithStorage(storage)
    .WithTrustedProxies() // the Web's YARP: X-Forwarded-For believed from it only
    .WithHttpHealthCheck("/health");
// The days of timetable the Api seeds at its first start: its own default (180) unless the AppHost is told otherwise.
if (builder.Configuration["Seed:ScheduleDays"] is { } seedDays) api.WithEnvironment("Seed__ScheduleDays", seedDays);

builder.AddProject<Projects.SkyHighBooker_Worker>(BookerResources.Worker)
    .WithReference(database).WaitFor(api)
    .WithStorage(storage)
    .WithStripe(stripe) // refunds and intent cancellations from the payment outbox
    .WithMail(mail) // the travellers' emails from the email outbox
    .WithHttpHealthCheck("/health");

builder.AddProject<Projects.SkyHighBooker_Web>(BookerResources.Web)
    .WithReference(api).WaitFor(api)
    .WithCognito(cognitoSetup)
    .WithPublicAssets(storage) // static/… and flights/aircraft-images/… proxied to the bucket, as CloudFront does on AWS
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints();

builder.Build().Run();
