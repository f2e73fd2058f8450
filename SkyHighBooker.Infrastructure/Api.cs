using Amazon.CDK;
using Amazon.CDK.AWS.Apigatewayv2;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AwsApigatewayv2Authorizers;
using Amazon.CDK.AwsApigatewayv2Integrations;
using Constructs;
using HttpMethod = Amazon.CDK.AWS.Apigatewayv2.HttpMethod;
using LambdaFunction = Amazon.CDK.AWS.Lambda.Function;

namespace SkyHighBooker.Infrastructure;

/// <summary>
/// SkyHighBooker.Api as a Lambda function behind an HTTP API. The function is the Api's self-contained linux-x64
/// publish on the OS-only runtime; the AWS Lambda Web Adapter (a layer, by ARN) turns Lambda's events into HTTP
/// requests to it on <see cref="Port"/>, so the Api needs no Lambda package. API Gateway checks Cognito access tokens
/// on the signed-in routes before the function runs (the Api checks them again, and the role), throttles at the stage
/// (the Api's own per-IP and per-user limits become a second line) and writes access logs.
/// </summary>
public sealed class Api : Construct
{
    public const int Port = 8080;

    /// <summary>The Web Adapter's layer version (context <c>lambdaAdapterLayerVersion</c>), published by AWS in every region.</summary>
    public const int DefaultAdapterLayerVersion = 26;

    /// <summary>Routes anyone may call: flight and itinerary search, airports, seat maps (SkyHighBooker.Api/Apis/FlightsApi.cs, ItinerariesApi.cs, FaresApi.cs, AirportsApi.cs), the fares calendar and Stripe's webhook (PaymentsApi.cs, checked by Stripe's signature).</summary>
    public static readonly (HttpMethod Method, string Path)[] PublicRoutes =
    [
        (HttpMethod.GET, "/api/airports"),
        (HttpMethod.GET, "/api/flights"),
        (HttpMethod.GET, "/api/flights/{id}"),
        (HttpMethod.GET, "/api/flights/{id}/seats"),
        (HttpMethod.GET, "/api/itineraries"),
        (HttpMethod.GET, "/api/fares/calendar"),
        (HttpMethod.POST, "/api/payments/stripe/webhook"),
    ];

    /// <summary>Routes for signed-in users (BookingsApi.cs, MeApi.cs) and admins (Admin*Api.cs; the admin group is checked by the Api).</summary>
    public static readonly string[] SignedInRoutes =
    [
        "/api/bookings", "/api/bookings/{proxy+}",
        "/api/me", "/api/me/{proxy+}",
        "/api/admin/{proxy+}",
    ];

    public LambdaFunction Function { get; }
    public HttpApi HttpApi { get; }
    public HttpStage Stage { get; }

    /// <summary>The HTTP API's host name, CloudFront's origin for <c>/api/*</c>.</summary>
    public string Domain => $"{HttpApi.ApiId}.execute-api.{Stack.Of(this).Region}.{Stack.Of(this).UrlSuffix}";

    /// <summary>The Cognito admin calls the Api makes, on its own user pool only.</summary>
    public static readonly string[] AdminUserReads = ["cognito-idp:ListUsers", "cognito-idp:ListUsersInGroup", "cognito-idp:AdminGetUser"];

    public Api(Construct scope, string id, ApiProps props) : base(scope, id)
    {
        var stack = Stack.Of(this);
        var adapterVersion = int.TryParse(Node.TryGetContext("lambdaAdapterLayerVersion")?.ToString(), out var v) ? v : DefaultAdapterLayerVersion;
        var adapter = LayerVersion.FromLayerVersionArn(this, "WebAdapter",
            $"arn:aws:lambda:{stack.Region}:753240598075:layer:LambdaAdapterLayerX86:{adapterVersion}");

        Function = new LambdaFunction(this, "Function", new FunctionProps
        {
            Description = "SkyHighBooker.Api (self-contained linux-x64) run by the AWS Lambda Web Adapter",
            Runtime = Runtime.PROVIDED_AL2023,
            Architecture = Architecture.X86_64,
            // On the OS-only runtime Lambda runs the package's own `bootstrap` (a script that execs the Api); the
            // adapter is a Lambda extension from its layer and forwards each event to the Api's port.
            Handler = "bootstrap",
            Code = Code.FromAsset(props.Settings.ApiPackage),
            Layers = [adapter],
            MemorySize = 1024,
            Timeout = Duration.Seconds(29), // API Gateway gives up at 30 s
            Vpc = props.Network.Vpc,
            VpcSubnets = props.Network.Compute,
            SecurityGroups = [props.Network.ApiSecurityGroup],
            AllowPublicSubnet = false,
            // Reads the Stripe and database secrets over localhost at start-up: no AWS SDK for Secrets Manager (not
            // available to this codebase) and no SigV4 in the Api; the extension caches them.
            ParamsAndSecrets = ParamsAndSecretsLayerVersion.FromVersion(ParamsAndSecretsVersions.V1_0_103, new ParamsAndSecretsOptions
            {
                CacheEnabled = true,
                SecretsManagerTtl = Duration.Minutes(5),
            }),
            LogGroup = LogGroups.New(this, "Logs"),
            Tracing = Tracing.ACTIVE,
            Environment = new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Port}",
                ["PORT"] = Port.ToString(),
                ["AWS_LWA_PORT"] = Port.ToString(),
                ["AWS_LWA_READINESS_CHECK_PATH"] = "/health",
                // The Api migrates (and on the first start seeds) before it listens; past Lambda's 10 s init limit the
                // adapter lets the first request wait for it instead of failing the init.
                ["AWS_LWA_ASYNC_INIT"] = "true",
                // The adapter connects from loopback and sets X-Forwarded-For to what API Gateway saw.
                ["ForwardedHeaders__KnownProxies"] = "127.0.0.1",
                // ...which behind CloudFront is an edge, not a traveller: addresses are counted by AWS WAF (Firewall).
                ["RateLimits__PerIpPermitsPerMinute"] = "0",
                ["ConnectionStrings__" + Database.Name] = Database.ConnectionString(props.Database.Proxy.Endpoint),
                ["Cognito__Region"] = stack.Region,
                ["Cognito__UserPoolId"] = props.Users.Pool.UserPoolId,
                ["Cognito__ClientId"] = props.Users.WebClient.UserPoolClientId,
                ["Storage__BucketName"] = props.Files.Bucket.BucketName,
                ["Storage__Region"] = stack.Region,
                ["Stripe__PublishableKey"] = props.Settings.StripePublishableKey ?? "",
                // Read at start-up through the Parameters and Secrets extension (README, "Deploy to AWS"):
                // Stripe:SecretKey, Stripe:WebhookSecret, and the database secret's username and password into the
                // connection string above (SkyHighBooker.Api/Infrastructure/Secrets/).
                [SecretArnSettings.StripeSecretKey] = props.Secrets.StripeSecretKey.SecretArn,
                [SecretArnSettings.StripeWebhookSecret] = props.Secrets.StripeWebhookSecret.SecretArn,
                [SecretArnSettings.Database] = props.Database.Primary.Secret!.SecretArn,
            },
        });
        props.Files.Bucket.GrantReadWrite(Function);
        props.Files.Bucket.GrantDelete(Function);
        props.Secrets.StripeSecretKey.GrantRead(Function);
        props.Secrets.StripeWebhookSecret.GrantRead(Function);
        props.Database.Primary.Secret!.GrantRead(Function);
        // Admin → Users: the user list and its CSV export (SkyHighBooker.Api/Admin/AdminUserDirectory.cs), reads only.
        props.Users.Pool.Grant(Function, AdminUserReads);

        HttpApi = new HttpApi(this, "HttpApi", new HttpApiProps
        {
            ApiName = $"{stack.StackName}-api",
            Description = "Sky High Booker Api (reached through CloudFront at /api/*)",
            CreateDefaultStage = false,
        });
        var accessLogs = LogGroups.New(this, "AccessLogs");
        Stage = new HttpStage(this, "Stage", new HttpStageProps
        {
            HttpApi = HttpApi,
            StageName = "$default",
            AutoDeploy = true,
            // 1,200 requests a minute per client IP is the Api's own limit; this caps the whole stage, so a flood
            // from many addresses is refused by API Gateway before it costs Lambda invocations.
            Throttle = new ThrottleSettings { RateLimit = props.ThrottleRatePerSecond, BurstLimit = props.ThrottleBurst },
        });
        var cfnStage = (CfnStage)Stage.Node.DefaultChild!;
        cfnStage.AccessLogSettings = new CfnStage.AccessLogSettingsProperty
        {
            DestinationArn = accessLogs.LogGroupArn,
            Format = """{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","time":"$context.requestTime","method":"$context.httpMethod","path":"$context.path","routeKey":"$context.routeKey","status":"$context.status","latencyMs":"$context.responseLatency","integrationStatus":"$context.integrationStatus","integrationError":"$context.integrationErrorMessage","authorizerError":"$context.authorizer.error","userAgent":"$context.identity.userAgent"}""",
        };

        var integration = new HttpLambdaIntegration("Api", Function, new HttpLambdaIntegrationProps
        {
            PayloadFormatVersion = PayloadFormatVersion.VERSION_2_0,
        });
        // API Gateway checks what the Api checks first: an access token of this pool, issued to the web client
        // (Cognito puts the client id in the access token's client_id, which the authorizer takes for the audience).
        var signedIn = new HttpJwtAuthorizer("Cognito", props.Users.Issuer, new HttpJwtAuthorizerProps
        {
            AuthorizerName = "cognito-access-token",
            JwtAudience = [props.Users.WebClient.UserPoolClientId],
        });

        foreach (var (method, path) in PublicRoutes)
            HttpApi.AddRoutes(new AddRoutesOptions { Path = path, Methods = [method], Integration = integration });
        foreach (var path in SignedInRoutes)
            HttpApi.AddRoutes(new AddRoutesOptions { Path = path, Methods = [HttpMethod.ANY], Integration = integration, Authorizer = signedIn });
        // Anything else (including /health, /openapi, /scalar) has no route: API Gateway answers 404 itself.
    }
}

public sealed record ApiProps(
    DeploymentSettings Settings, Network Network, Users Users, Database Database, Files Files, Secrets Secrets)
{
    public double ThrottleRatePerSecond { get; init; } = 200;
    public double ThrottleBurst { get; init; } = 400;
}

/// <summary>
/// Names of the environment variables that carry secrets' ARNs (never their values) to a service that reads them at
/// start-up. Each names the configuration key it fills, with <c>SecretArns__</c> in front.
/// </summary>
public static class SecretArnSettings
{
    public const string StripeSecretKey = "SecretArns__Stripe__SecretKey";
    public const string StripeWebhookSecret = "SecretArns__Stripe__WebhookSecret";
    /// <summary>The database's generated secret (JSON: username, password, host…); its credentials go into the connection string, whose host stays the proxy.</summary>
    public const string Database = "SecretArns__Database";
}
