using Amazon.CDK.AWS.EC2;
using Constructs;

namespace SkyHighBooker.Infrastructure;

/// <summary>
/// The VPC over two zones: public subnets only for the NAT gateways, compute (the Api's Lambda, the Worker's tasks) in
/// private subnets with egress (Stripe, Cognito's keys), the database and its proxy in isolated subnets with no route
/// out. Each component has its own security group; who may reach PostgreSQL is decided in <see cref="Database"/>.
/// </summary>
public sealed class Network : Construct
{
    public const string ComputeSubnets = "Compute";
    public const string DatabaseSubnets = "Database";

    public Vpc Vpc { get; }
    public SecurityGroup ApiSecurityGroup { get; }
    public SecurityGroup WorkerSecurityGroup { get; }
    /// <summary>SMTP submission with STARTTLS, which SES's SMTP interface and its VPC endpoint accept.</summary>
    public const int SesSmtpPort = 587;
    public SubnetSelection Compute => new() { SubnetGroupName = ComputeSubnets };
    public SubnetSelection Isolated => new() { SubnetGroupName = DatabaseSubnets };

    public Network(Construct scope, string id, DeploymentSettings settings) : base(scope, id)
    {
        var flowLogs = LogGroups.New(this, "FlowLogs");

        Vpc = new Vpc(this, "Vpc", new VpcProps
        {
            IpAddresses = IpAddresses.Cidr("10.40.0.0/16"),
            AvailabilityZones = settings.AvailabilityZones.ToArray(),
            NatGateways = settings.NatGateways,
            SubnetConfiguration =
            [
                new SubnetConfiguration { Name = "Public", SubnetType = SubnetType.PUBLIC, CidrMask = 24, MapPublicIpOnLaunch = false },
                new SubnetConfiguration { Name = ComputeSubnets, SubnetType = SubnetType.PRIVATE_WITH_EGRESS, CidrMask = 20 },
                new SubnetConfiguration { Name = DatabaseSubnets, SubnetType = SubnetType.PRIVATE_ISOLATED, CidrMask = 24 },
            ],
            // S3 traffic (every document upload, every profile picture) stays off the NAT gateways, which bill per GB.
            GatewayEndpoints = new Dictionary<string, IGatewayVpcEndpointOptions>
            {
                ["S3"] = new GatewayVpcEndpointOptions { Service = GatewayVpcEndpointAwsService.S3 },
            },
            FlowLogs = new Dictionary<string, IFlowLogOptions>
            {
                ["All"] = new FlowLogOptions { Destination = FlowLogDestination.ToCloudWatchLogs(flowLogs), TrafficType = FlowLogTrafficType.REJECT },
            },
        });

        ApiSecurityGroup = OutboundOnlyGroup("Api", "The Api's Lambda: HTTPS out (Cognito keys, Stripe, AWS APIs), PostgreSQL to the proxy");
        WorkerSecurityGroup = OutboundOnlyGroup("Worker", "The Worker's tasks: HTTPS out (Stripe, S3, ECR, logs), PostgreSQL to the database");

        // What the services call most often through NAT otherwise: Secrets Manager at start-up, ECR and CloudWatch
        // Logs for every Worker task and log line. Each admits HTTPS from the compute security groups only.
        var endpoints = new SecurityGroup(this, "Endpoints", new SecurityGroupProps
        {
            Vpc = Vpc, AllowAllOutbound = false, Description = "Interface endpoints: HTTPS from the Api and the Worker",
        });
        foreach (var client in new[] { ApiSecurityGroup, WorkerSecurityGroup })
            endpoints.AddIngressRule(client, Port.Tcp(443), $"HTTPS from {client.Node.Id}");
        foreach (var (name, service) in new[]
                 {
                     ("SecretsManager", InterfaceVpcEndpointAwsService.SECRETS_MANAGER),
                     ("EcrApi", InterfaceVpcEndpointAwsService.ECR),
                     ("EcrDocker", InterfaceVpcEndpointAwsService.ECR_DOCKER),
                     ("Logs", InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS),
                 })
        {
            Vpc.AddInterfaceEndpoint(name, new InterfaceVpcEndpointOptions
            {
                Service = service, Subnets = Compute, SecurityGroups = [endpoints], Open = false, PrivateDnsEnabled = true,
            });
        }

        // Amazon SES's SMTP interface for the Worker's emails, inside the VPC: SMTP submission (587, STARTTLS) needs no
        // opening to the internet, only to this endpoint.
        var smtp = new SecurityGroup(this, "SmtpEndpoint", new SecurityGroupProps
        {
            Vpc = Vpc, AllowAllOutbound = false, Description = "SES SMTP endpoint: SMTP submission from the Worker",
        });
        smtp.AddIngressRule(WorkerSecurityGroup, Port.Tcp(SesSmtpPort), "SMTP submission from the Worker");
        WorkerSecurityGroup.AddEgressRule(smtp, Port.Tcp(SesSmtpPort), "SMTP submission to Amazon SES");
        Vpc.AddInterfaceEndpoint("SesSmtp", new InterfaceVpcEndpointOptions
        {
            Service = InterfaceVpcEndpointAwsService.EMAIL_SMTP, Subnets = Compute, SecurityGroups = [smtp], Open = false, PrivateDnsEnabled = true,
        });
    }

    private SecurityGroup OutboundOnlyGroup(string name, string description)
    {
        var group = new SecurityGroup(this, name, new SecurityGroupProps { Vpc = Vpc, AllowAllOutbound = false, Description = description });
        group.AddEgressRule(Peer.AnyIpv4(), Port.Tcp(443), "HTTPS to AWS APIs, Cognito and Stripe");
        return group;
    }
}
