using Amazon.CDK;
using Amazon.CDK.AWS.SecretsManager;
using Constructs;

namespace SkyHighBooker.Infrastructure;

/// <summary>
/// Stripe's secret key and webhook signing secret, and the Amazon SES SMTP credentials the Worker sends email with.
/// The stack creates them with a random value that Stripe (SES) will refuse;
/// the real values are put in once after the first deployment (README, "Deploy to AWS"), and never pass through the
/// template, the context or an environment variable in plain text.
/// </summary>
public sealed class Secrets : Construct
{
    public Secret StripeSecretKey { get; }
    public Secret StripeWebhookSecret { get; }
    /// <summary>JSON with <c>username</c> and <c>password</c>: the SMTP credentials SES makes for an IAM user (they are not its access key).</summary>
    public Secret SesSmtpCredentials { get; }

    public Secrets(Construct scope, string id) : base(scope, id)
    {
        StripeSecretKey = Placeholder("StripeSecretKey", "Stripe:SecretKey — the Stripe API secret key");
        StripeWebhookSecret = Placeholder("StripeWebhookSecret", "Stripe:WebhookSecret — the signing secret of the Stripe webhook endpoint");
        SesSmtpCredentials = new Secret(this, "SesSmtpCredentials", new SecretProps
        {
            Description = "Email:UserName and Email:Password — Amazon SES SMTP credentials, as JSON {\"username\", \"password\"}",
            GenerateSecretString = new SecretStringGenerator
            {
                SecretStringTemplate = "{\"username\":\"set-after-deployment\"}", GenerateStringKey = "password", PasswordLength = 32, ExcludePunctuation = true,
            },
            RemovalPolicy = RemovalPolicy.RETAIN,
        });
    }

    private Secret Placeholder(string id, string description) => new(this, id, new SecretProps
    {
        Description = description,
        GenerateSecretString = new SecretStringGenerator { PasswordLength = 32, ExcludePunctuation = true },
        RemovalPolicy = RemovalPolicy.RETAIN,
    });
}
