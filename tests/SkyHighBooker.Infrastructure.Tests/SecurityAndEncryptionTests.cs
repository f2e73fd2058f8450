using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Amazon.CDK.Assertions;
using Match = Amazon.CDK.Assertions.Match;
using static SkyHighBooker.Infrastructure.Tests.SynthesizedStack;

namespace SkyHighBooker.Infrastructure.Tests;

/// <summary>The design's "Security &amp; Encryption" promises, one test each, against the synthesized template.</summary>
[Collection(SynthesizedStackCollection.Name)]
public sealed class SecurityAndEncryptionTests(SynthesizedStack stack)
{
    [Fact]
    public void RDS_storage_is_encrypted_at_rest()
    {
        var instances = stack.Resources("AWS::RDS::DBInstance");
        Assert.Equal(2, instances.Count); // the primary and its replica
        foreach (var (id, instance) in instances)
            Assert.True(Properties(instance)["StorageEncrypted"]?.GetValue<bool>() == true, $"{id} is not encrypted");
        // Performance Insights keeps samples of queries: encrypted too (RDS uses the storage key when none is given).
        foreach (var (id, instance) in instances)
            Assert.True(Properties(instance)["EnablePerformanceInsights"]?.GetValue<bool>() == true, $"{id} has no Performance Insights");
    }

    [Fact]
    public void TLS_in_transit_to_the_database_RDS_Proxy_requires_TLS_and_PostgreSQL_forces_SSL()
    {
        stack.Template.HasResourceProperties("AWS::RDS::DBProxy", new Dictionary<string, object> { ["RequireTLS"] = true, ["EngineFamily"] = "POSTGRESQL" });
        stack.Template.HasResourceProperties("AWS::RDS::DBParameterGroup", Match.ObjectLike(new Dictionary<string, object>
        {
            ["Family"] = "postgres16",
            ["Parameters"] = Match.ObjectLike(new Dictionary<string, object> { ["rds.force_ssl"] = "1" }),
        }));
        var (_, primary) = stack.One("AWS::RDS::DBInstance", "DatabasePrimary");
        Assert.NotNull(Properties(primary)["DBParameterGroupName"]);
        // and the services ask for it
        Assert.Contains("SSL Mode=Require", Properties(stack.One("AWS::Lambda::Function", "ApiFunction").Resource)["Environment"]!.ToJsonString());
    }

    [Fact]
    public void TLS_in_transit_to_S3_every_bucket_denies_requests_without_TLS()
    {
        var buckets = stack.Resources("AWS::S3::Bucket").Keys.ToHashSet();
        var denied = new HashSet<string>();
        foreach (var (_, policy) in stack.Resources("AWS::S3::BucketPolicy"))
        {
            var bucket = Properties(policy)["Bucket"]!["Ref"]!.GetValue<string>();
            foreach (var statement in Properties(policy)["PolicyDocument"]!["Statement"]!.AsArray())
            {
                if (statement!["Effect"]!.GetValue<string>() == "Deny"
                    && statement["Condition"]?["Bool"]?["aws:SecureTransport"]?.GetValue<string>() == "false"
                    && statement["Action"]!.ToJsonString().Contains("\"s3:*\""))
                    denied.Add(bucket);
            }
        }
        Assert.Equal(buckets.Order(), denied.Order());
    }

    [Fact]
    public void TLS_in_transit_at_the_edge_CloudFront_accepts_TLS_1_2_or_newer_and_https_only()
    {
        var (_, distribution) = stack.One("AWS::CloudFront::Distribution", "CdnDistribution");
        var config = Properties(distribution)["DistributionConfig"]!;
        Assert.Equal("TLSv1.2_2021", config["ViewerCertificate"]!["MinimumProtocolVersion"]!.GetValue<string>());
        Assert.Equal("sni-only", config["ViewerCertificate"]!["SslSupportMethod"]!.GetValue<string>());
        Assert.Equal("redirect-to-https", config["DefaultCacheBehavior"]!["ViewerProtocolPolicy"]!.GetValue<string>());
        var api = config["CacheBehaviors"]!.AsArray().Single(b => b!["PathPattern"]!.GetValue<string>() == "/api/*")!;
        Assert.Equal("https-only", api["ViewerProtocolPolicy"]!.GetValue<string>());
        var apiOrigin = config["Origins"]!.AsArray().Single(o => o!["CustomOriginConfig"] is not null)!["CustomOriginConfig"]!;
        Assert.Equal("https-only", apiOrigin["OriginProtocolPolicy"]!.GetValue<string>());
        Assert.Equal(new[] { "TLSv1.2" }, apiOrigin["OriginSSLProtocols"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    [Fact]
    public void S3_buckets_are_encrypted_SSE_S3_versioned_and_block_all_public_access()
    {
        var buckets = stack.Resources("AWS::S3::Bucket");
        Assert.Equal(2, buckets.Count); // files and site
        foreach (var (id, bucket) in buckets)
        {
            var properties = Properties(bucket);
            var sse = properties["BucketEncryption"]!["ServerSideEncryptionConfiguration"]![0]!["ServerSideEncryptionByDefault"]!;
            Assert.True(sse["SSEAlgorithm"]!.GetValue<string>() == "AES256", $"{id} is not SSE-S3");
            Assert.True(properties["VersioningConfiguration"]?["Status"]?.GetValue<string>() == "Enabled", $"{id} is not versioned");
            var block = properties["PublicAccessBlockConfiguration"]!.AsObject();
            foreach (var setting in new[] { "BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets" })
                Assert.True(block[setting]?.GetValue<bool>() == true, $"{id}: {setting} is not on");
            Assert.Equal("BucketOwnerEnforced", properties["OwnershipControls"]!["Rules"]![0]!["ObjectOwnership"]!.GetValue<string>());
        }
    }

    [Fact]
    public void S3_CORS_admits_the_site_origin_only()
    {
        var (_, files) = stack.One("AWS::S3::Bucket", "FilesBucket");
        var rules = Properties(files)["CorsConfiguration"]!["CorsRules"]!.AsArray();
        var origins = rules.SelectMany(rule => rule!["AllowedOrigins"]!.AsArray()).Select(o => o!.ToJsonString()).ToList();
        Assert.Equal(new[] { $"\"https://{SiteDomain}\"" }, origins);
    }

    [Fact]
    public void The_database_is_in_private_isolated_subnets_and_reachable_only_from_the_Api_the_Worker_and_the_proxy()
    {
        // isolated: the database subnets' route tables have no default route (no NAT, no internet gateway)
        var isolatedSubnets = stack.Resources("AWS::EC2::Subnet")
            .Where(subnet => subnet.Value["Properties"]!["Tags"]!.AsArray().Any(t => t!["Key"]!.GetValue<string>() == "aws-cdk:subnet-type" && t["Value"]!.GetValue<string>() == "Isolated"))
            .Select(subnet => subnet.Key).ToHashSet();
        Assert.Equal(2, isolatedSubnets.Count);
        var isolatedTables = stack.Resources("AWS::EC2::SubnetRouteTableAssociation")
            .Where(a => isolatedSubnets.Contains(Properties(a.Value)["SubnetId"]!["Ref"]!.GetValue<string>()))
            .Select(a => Properties(a.Value)["RouteTableId"]!["Ref"]!.GetValue<string>()).ToHashSet();
        Assert.DoesNotContain(stack.Resources("AWS::EC2::Route").Values,
            route => isolatedTables.Contains(Properties(route)["RouteTableId"]!["Ref"]!.GetValue<string>()));

        foreach (var (_, subnetGroup) in stack.Resources("AWS::RDS::DBSubnetGroup"))
            Assert.Equal(isolatedSubnets.Order(), Properties(subnetGroup)["SubnetIds"]!.AsArray().Select(s => s!["Ref"]!.GetValue<string>()).Order());
        foreach (var (id, instance) in stack.Resources("AWS::RDS::DBInstance"))
            Assert.True(Properties(instance)["PubliclyAccessible"]?.GetValue<bool>() == false, $"{id} is publicly accessible");
        var (_, proxy) = stack.One("AWS::RDS::DBProxy", "DatabasePrimaryProxy");
        Assert.Equal(isolatedSubnets.Order(), Properties(proxy)["VpcSubnetIds"]!.AsArray().Select(s => s!["Ref"]!.GetValue<string>()).Order());

        // who may connect: the database from the proxy and the Worker; the proxy from the Api; nothing else, on 5432 only
        var database = stack.One("AWS::EC2::SecurityGroup", "DatabaseSecurityGroup").Id;
        var proxyGroup = stack.One("AWS::EC2::SecurityGroup", "DatabaseProxySecurityGroup").Id;
        var api = stack.One("AWS::EC2::SecurityGroup", "NetworkApi").Id;
        var worker = stack.One("AWS::EC2::SecurityGroup", "NetworkWorker").Id;
        Assert.Equal(new[] { proxyGroup, worker }.Order(), IngressSources(database).Order());
        Assert.Equal(new[] { api }, IngressSources(proxyGroup));
        var primary = stack.One("AWS::RDS::DBInstance", "DatabasePrimary").Id;
        var postgresPort = new[] { "5432", $"{{\"Fn::GetAtt\":[\"{primary}\",\"Endpoint.Port\"]}}" };
        foreach (var (id, rule) in IngressRulesTo(database).Concat(IngressRulesTo(proxyGroup)))
            Assert.True(postgresPort.Contains(rule["FromPort"]!.ToJsonString()) && rule["FromPort"]!.ToJsonString() == rule["ToPort"]!.ToJsonString(),
                $"{id} admits ports {rule["FromPort"]!.ToJsonString()}–{rule["ToPort"]!.ToJsonString()}");
    }

    [Fact]
    public void No_security_group_admits_anything_from_the_internet()
    {
        foreach (var (id, group) in stack.Resources("AWS::EC2::SecurityGroup"))
            Assert.True(Properties(group)["SecurityGroupIngress"] is null
                        || !Properties(group)["SecurityGroupIngress"]!.ToJsonString().Contains("0.0.0.0/0"), $"{id} admits 0.0.0.0/0");
        foreach (var (id, rule) in stack.Resources("AWS::EC2::SecurityGroupIngress"))
            Assert.True(Properties(rule)["CidrIp"] is null && Properties(rule)["CidrIpv6"] is null, $"{id} admits an address range");
        // and outbound, nothing but HTTPS to the internet (the rest goes to named security groups)
        foreach (var (id, group) in stack.Resources("AWS::EC2::SecurityGroup"))
            foreach (var egress in Properties(group)["SecurityGroupEgress"]?.AsArray() ?? [])
                if (egress!["CidrIp"]?.GetValue<string>() == "0.0.0.0/0")
                    Assert.True(egress["IpProtocol"]!.GetValue<string>() == "tcp" && egress["FromPort"]!.GetValue<int>() == 443 && egress["ToPort"]!.GetValue<int>() == 443,
                        $"{id} lets {egress.ToJsonString()} out");
    }

    [Fact]
    public void IAM_least_privilege_no_wildcard_actions_and_data_grants_name_their_resources()
    {
        foreach (var (id, policy) in stack.Resources("AWS::IAM::Policy"))
        {
            foreach (var statement in Properties(policy)["PolicyDocument"]!["Statement"]!.AsArray())
            {
                if (statement!["Effect"]!.GetValue<string>() != "Allow") continue;
                var actions = ToList(statement["Action"]!);
                Assert.DoesNotContain(actions, action => action == "*" || action.EndsWith(":*", StringComparison.Ordinal));
                var dataActions = actions.Where(a => a.StartsWith("s3:") || a.StartsWith("secretsmanager:") || a.StartsWith("rds-db:")).ToList();
                if (dataActions.Count > 0)
                    Assert.True(!statement["Resource"]!.ToJsonString().Contains("\"*\""), $"{id} grants {string.Join(", ", dataActions)} on every resource");
            }
        }
        // the Api can read exactly the three secrets it needs
        var apiRole = stack.One("AWS::IAM::Role", "ApiFunctionServiceRole").Id;
        var apiPolicy = stack.Resources("AWS::IAM::Policy").Values.Single(p => Properties(p)["Roles"]!.ToJsonString().Contains(apiRole));
        var secretReads = Properties(apiPolicy)["PolicyDocument"]!["Statement"]!.AsArray()
            .Where(s => ToList(s!["Action"]!).Contains("secretsmanager:GetSecretValue"))
            .Select(s => s!["Resource"]!.ToJsonString()).ToList();
        Assert.Equal(3, secretReads.Count);
        // and may read its user pool's users (Admin → Users), nothing more of Cognito and no other pool
        var cognito = Properties(apiPolicy)["PolicyDocument"]!["Statement"]!.AsArray()
            .Where(s => ToList(s!["Action"]!).Any(a => a.StartsWith("cognito-idp:", StringComparison.Ordinal))).ToList();
        var grant = Assert.Single(cognito);
        Assert.Equal(Api.AdminUserReads.Order(), ToList(grant!["Action"]!).Order());
        var pool = stack.One("AWS::Cognito::UserPool", "UsersPool").Id;
        Assert.Contains($"\"{pool}\"", grant["Resource"]!.ToJsonString());
    }

    [Fact]
    public void The_Worker_sends_email_through_Amazon_SES_SMTP_over_a_VPC_endpoint_with_credentials_from_Secrets_Manager()
    {
        var (_, task) = stack.One("AWS::ECS::TaskDefinition", "WorkerTask");
        var container = Properties(task)["ContainerDefinitions"]![0]!;
        var environment = container["Environment"]!.AsArray().ToDictionary(e => e!["Name"]!.GetValue<string>(), e => e!["Value"]!.ToJsonString());
        Assert.Contains("email-smtp.", environment["Email__Host"]);
        Assert.Equal("\"587\"", environment["Email__Port"]);
        Assert.DoesNotContain("Email__StartTls", environment.Keys); // the Worker's default: STARTTLS on
        Assert.DoesNotContain("Email__Password", environment.Keys);
        var (credentialsId, _) = stack.One("AWS::SecretsManager::Secret", "SecretsSesSmtpCredentials");
        foreach (var name in new[] { "Email__UserName", "Email__Password" })
        {
            var secret = container["Secrets"]!.AsArray().Single(s => s!["Name"]!.GetValue<string>() == name)!;
            Assert.Contains(credentialsId, secret["ValueFrom"]!.ToJsonString());
        }

        // SMTP goes to SES's interface endpoint inside the VPC, and the Worker may reach nothing else on 587
        var (_, endpoint) = stack.One("AWS::EC2::VPCEndpoint", "NetworkVpcSesSmtp");
        Assert.Contains("email-smtp", Properties(endpoint)["ServiceName"]!.ToJsonString());
        Assert.True(Properties(endpoint)["PrivateDnsEnabled"]!.GetValue<bool>());
        var smtpEgress = stack.Resources("AWS::EC2::SecurityGroupEgress").Select(r => Properties(r.Value))
            .Where(p => p["FromPort"]?.ToJsonString() == "587").ToList();
        Assert.Single(smtpEgress);
        Assert.NotNull(smtpEgress[0]["DestinationSecurityGroupId"]);
    }

    [Fact]
    public void Secrets_are_in_Secrets_Manager_and_no_password_is_in_the_template()
    {
        // the database's credentials are generated into a secret and referenced, never written down
        var (_, primary) = stack.One("AWS::RDS::DBInstance", "DatabasePrimary");
        var password = Properties(primary)["MasterUserPassword"]!.ToJsonString();
        Assert.Contains("{{resolve:secretsmanager:", password);
        Assert.Equal(4, stack.Resources("AWS::SecretsManager::Secret").Count); // database, Stripe key, Stripe webhook secret, SES SMTP credentials
        foreach (var (id, secret) in stack.Resources("AWS::SecretsManager::Secret"))
            Assert.True(Properties(secret)["SecretString"] is null && Properties(secret)["GenerateSecretString"] is not null, $"{id} has a value written in the template");

        // the Worker gets Stripe's key, the SES SMTP credentials and the database password injected by ECS at start, not in its definition
        var (_, task) = stack.One("AWS::ECS::TaskDefinition", "WorkerTask");
        var container = Properties(task)["ContainerDefinitions"]![0]!;
        var injected = container["Secrets"]!.AsArray().Select(s => s!["Name"]!.GetValue<string>()).Order();
        Assert.Equal(new[] { "Email__Password", "Email__UserName", "PGPASSWORD", "Stripe__SecretKey" }, injected);
        // the Api gets the secrets' ARNs only
        var apiEnvironment = Properties(stack.One("AWS::Lambda::Function", "ApiFunction").Resource)["Environment"]!["Variables"]!.AsObject();
        Assert.DoesNotContain(apiEnvironment, variable => Regex.IsMatch(variable.Key, "password|^Stripe__(SecretKey|WebhookSecret)$", RegexOptions.IgnoreCase));
        foreach (var key in new[] { "SecretArns__Stripe__SecretKey", "SecretArns__Stripe__WebhookSecret", "SecretArns__Database" })
            Assert.Contains("\"Ref\"", apiEnvironment[key]!.ToJsonString());

        // nothing that looks like a credential anywhere: Stripe keys, the local development passwords, a password= in a connection string
        var text = stack.Json.ToJsonString();
        foreach (var pattern in new[] { @"sk_(live|test)_", "whsec_", "rk_live_", "sky-high-local-only", @"SkyHigh!Admin1", @"Password=", @"\bPwd=" })
            Assert.False(Regex.IsMatch(text, pattern, RegexOptions.IgnoreCase), $"the template contains {pattern}");
    }

    [Fact]
    public void Cognito_has_a_strong_password_policy_email_verification_optional_TOTP_MFA_and_deletion_protection()
    {
        stack.Template.HasResourceProperties("AWS::Cognito::UserPool", Match.ObjectLike(new Dictionary<string, object>
        {
            ["UsernameAttributes"] = new[] { "email" },
            ["AutoVerifiedAttributes"] = new[] { "email" },
            ["MfaConfiguration"] = "OPTIONAL",
            ["EnabledMfas"] = new[] { "SOFTWARE_TOKEN_MFA" },
            ["DeletionProtection"] = "ACTIVE",
            ["Policies"] = new Dictionary<string, object>
            {
                ["PasswordPolicy"] = new Dictionary<string, object>
                {
                    ["MinimumLength"] = 12,
                    ["RequireLowercase"] = true,
                    ["RequireUppercase"] = true,
                    ["RequireNumbers"] = true,
                    ["RequireSymbols"] = true,
                    ["TemporaryPasswordValidityDays"] = 3,
                },
            },
        }));
        stack.Template.HasResourceProperties("AWS::Cognito::UserPoolGroup", new Dictionary<string, object> { ["GroupName"] = "admin" });
        // a public client (no secret in a browser), SRP and refresh, token lifetimes stated, custom:role not writable by users
        var (_, client) = stack.One("AWS::Cognito::UserPoolClient", "UsersPoolWeb");
        var properties = Properties(client);
        Assert.False(properties["GenerateSecret"]?.GetValue<bool>() ?? false);
        var flows = properties["ExplicitAuthFlows"]!.AsArray().Select(f => f!.GetValue<string>()).ToList();
        Assert.Contains("ALLOW_USER_SRP_AUTH", flows);
        Assert.Contains("ALLOW_REFRESH_TOKEN_AUTH", flows);
        Assert.Equal(60, properties["AccessTokenValidity"]!.GetValue<int>());
        Assert.Equal(43200, properties["RefreshTokenValidity"]!.GetValue<int>()); // minutes: 30 days
        Assert.DoesNotContain("custom:role", properties["WriteAttributes"]!.AsArray().Select(a => a!.GetValue<string>()));
    }

    [Fact]
    public void Signed_in_routes_need_a_Cognito_access_token_and_only_the_public_ones_do_not()
    {
        var (authorizerId, authorizer) = stack.One("AWS::ApiGatewayV2::Authorizer", "ApiHttpApiCognito");
        Assert.Equal("JWT", Properties(authorizer)["AuthorizerType"]!.GetValue<string>());
        Assert.Contains("cognito-idp.us-east-1.amazonaws.com/", Properties(authorizer)["JwtConfiguration"]!["Issuer"]!.ToJsonString());
        Assert.Contains(stack.One("AWS::Cognito::UserPoolClient", "UsersPoolWeb").Id, Properties(authorizer)["JwtConfiguration"]!["Audience"]!.ToJsonString());

        var routes = stack.Resources("AWS::ApiGatewayV2::Route").Values.Select(Properties)
            .ToDictionary(route => route["RouteKey"]!.GetValue<string>(), route => route["AuthorizerId"]?.ToJsonString());
        string[] publicRoutes = ["GET /api/airports", "GET /api/fares/calendar", "GET /api/flights", "GET /api/flights/{id}", "GET /api/flights/{id}/seats",
            "GET /api/itineraries", "POST /api/payments/stripe/webhook"];
        Assert.Equal(publicRoutes.Order(), routes.Where(r => r.Value is null).Select(r => r.Key).Order());
        Assert.All(routes.Where(r => r.Value is not null), route => Assert.Contains(authorizerId, route.Value));
        Assert.Contains("ANY /api/admin/{proxy+}", routes.Keys);
        Assert.Contains("ANY /api/bookings/{proxy+}", routes.Keys);

        // only this API may invoke the function (policy/EXCEPTIONS.md relies on it for CT.LAMBDA.PR.2)
        var api = stack.One("AWS::ApiGatewayV2::Api", "ApiHttpApi").Id;
        var permissions = stack.Resources("AWS::Lambda::Permission").Values.Select(Properties).ToList();
        Assert.Equal(routes.Count, permissions.Count);
        Assert.All(permissions, permission =>
        {
            Assert.Equal("apigateway.amazonaws.com", permission["Principal"]!.GetValue<string>());
            Assert.Contains($"{{\"Ref\":\"{api}\"}}", permission["SourceArn"]!.ToJsonString());
            Assert.Contains(":execute-api:", permission["SourceArn"]!.ToJsonString());
        });
    }

    [Fact]
    public void Every_endpoint_of_the_Api_OpenAPI_document_has_a_route_at_API_Gateway()
    {
        // the Api's own description of its endpoints, kept in step with the code by OpenApiSnapshotTests
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(ProjectDirectory.Path, "..", "SkyHighBooker.Web", "ClientApp", "src", "api", "openapi.json")))!;
        var routes = stack.Resources("AWS::ApiGatewayV2::Route").Values
            .Select(route => Properties(route)["RouteKey"]!.GetValue<string>().Split(' ')).Select(key => (Method: key[0], Path: key[1])).ToList();
        var endpoints = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(operation => (Method: operation.Key.ToUpperInvariant(), Path: path.Key))).ToList();
        Assert.True(endpoints.Count >= 20, $"only {endpoints.Count} endpoints in the OpenAPI document");

        var unrouted = endpoints.Where(endpoint => !routes.Any(route => (route.Method == "ANY" || route.Method == endpoint.Method) && Routes(route.Path, endpoint.Path))).ToList();
        Assert.True(unrouted.Count == 0, "API Gateway would answer 404 to: " + string.Join(", ", unrouted.Select(e => $"{e.Method} {e.Path}")));

        static bool Routes(string route, string path)
        {
            string Shape(string p) => Regex.Replace(p, @"\{[^}/+]+\}", "{}");
            return route.EndsWith("/{proxy+}", StringComparison.Ordinal)
                ? path.StartsWith(route[..^"{proxy+}".Length], StringComparison.Ordinal)
                : Shape(route) == Shape(path);
        }
    }

    private static List<string> ToList(JsonNode node) =>
        node is JsonArray array ? array.Select(a => a!.GetValue<string>()).ToList() : [node.GetValue<string>()];

    private IEnumerable<(string Id, JsonObject Rule)> IngressRulesTo(string groupId) =>
        stack.Resources("AWS::EC2::SecurityGroupIngress")
            .Where(rule => Properties(rule.Value)["GroupId"]!.ToJsonString().Contains($"\"{groupId}\""))
            .Select(rule => (rule.Key, Properties(rule.Value)));

    private List<string> IngressSources(string groupId)
    {
        var (_, group) = stack.One("AWS::EC2::SecurityGroup", groupId);
        Assert.Null(Properties(group)["SecurityGroupIngress"]); // nothing inline (CIDR ranges)
        return IngressRulesTo(groupId).Select(rule => rule.Rule["SourceSecurityGroupId"]!["Fn::GetAtt"]![0]!.GetValue<string>()).ToList();
    }

    [Fact]
    public void Each_viewer_address_is_rate_limited_by_AWS_WAF_at_CloudFront_and_the_Api_does_not_count_CloudFront_edges()
    {
        var (aclId, acl) = stack.One("AWS::WAFv2::WebACL", "FirewallWebAcl");
        var properties = Properties(acl);
        Assert.Equal("CLOUDFRONT", properties["Scope"]!.GetValue<string>());
        var limit = properties["Rules"]!.AsArray().Select(rule => rule!["Statement"]!["RateBasedStatement"]).Single(statement => statement is not null)!;
        Assert.Equal("IP", limit["AggregateKeyType"]!.GetValue<string>());
        Assert.Equal(1200, limit["Limit"]!.GetValue<double>());
        Assert.Equal(60, limit["EvaluationWindowSec"]!.GetValue<double>());
        Assert.Contains(properties["Rules"]!.AsArray(), rule => rule!["Action"]?["Block"] is not null && rule["Statement"]!["RateBasedStatement"] is not null);

        var (_, distribution) = stack.One("AWS::CloudFront::Distribution", "CdnDistribution");
        Assert.Contains($"\"{aclId}\"", Properties(distribution)["DistributionConfig"]!["WebACLId"]!.ToJsonString());
        var api = Properties(stack.One("AWS::Lambda::Function", "ApiFunction").Resource)["Environment"]!["Variables"]!;
        Assert.Equal("0", api["RateLimits__PerIpPermitsPerMinute"]!.GetValue<string>());
    }

    [Fact]
    public void Public_assets_are_served_by_CloudFront_from_the_files_bucket_for_their_prefixes_only_and_read_only()
    {
        var (filesId, _) = stack.One("AWS::S3::Bucket", "FilesBucket");
        var distribution = Properties(stack.One("AWS::CloudFront::Distribution", "CdnDistribution").Resource)["DistributionConfig"]!;
        var filesOrigins = distribution["Origins"]!.AsArray().Where(o => o!["DomainName"]!.ToJsonString().Contains(filesId)).Select(o => o!["Id"]!.GetValue<string>()).ToList();
        var filesOrigin = Assert.Single(filesOrigins);
        Assert.NotNull(distribution["Origins"]!.AsArray().Single(o => o!["Id"]!.GetValue<string>() == filesOrigin)!["OriginAccessControlId"]);

        var toFiles = distribution["CacheBehaviors"]!.AsArray().Where(b => b!["TargetOriginId"]!.GetValue<string>() == filesOrigin).ToList();
        Assert.Equal(["/flights/aircraft-images/*", "/flights/route-maps/*", "/static/*"], toFiles.Select(b => b!["PathPattern"]!.GetValue<string>()).Order());
        Assert.All(toFiles, b => Assert.Equal(["GET", "HEAD"], b!["AllowedMethods"]!.AsArray().Select(m => m!.GetValue<string>()).Order()));
        Assert.NotEqual(filesOrigin, distribution["DefaultCacheBehavior"]!["TargetOriginId"]!.GetValue<string>());

        // CloudFront may only read the files bucket, and only on behalf of this distribution
        var grants = stack.Resources("AWS::S3::BucketPolicy").Values
            .Where(p => Properties(p)["Bucket"]!.ToJsonString().Contains(filesId))
            .SelectMany(p => Properties(p)["PolicyDocument"]!["Statement"]!.AsArray())
            .Where(s => s!["Principal"]?["Service"]?.ToJsonString().Contains("cloudfront.amazonaws.com") == true).ToList();
        var grant = Assert.Single(grants)!;
        Assert.Equal("\"s3:GetObject\"", grant["Action"]!.ToJsonString());
        Assert.Contains("AWS:SourceArn", grant["Condition"]!.ToJsonString());
    }
}
