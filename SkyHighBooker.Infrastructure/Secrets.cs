using Amazon.CDK;
using Amazon.CDK.AWS.SecretsManager;
using Constructs;

namespace SkyHighBooker.Infrastructure;

/// <summary>
/// Stripe's secret key and webhook signing secret. The stack creates them with a random value that Stripe will refuse;
/// the real values are put in once after the first deployment (README, "Deploy to AWS"), and never pass through the
/// template, the context or an environment variable in plain text.
/// </summary>
public sealed class Secrets : Construct
{
    public Secret StripeSecretKey { get; }
    public Secret StripeWebhookSecret { get; }

    public Secrets(Construct scope, string id) : base(scope, id)
    {
        StripeSecretKey = Placeholder("StripeSecretKey", "Stripe:SecretKey — the Stripe API secret key");
        StripeWebhookSecret = Placeholder("StripeWebhookSecret", "Stripe:WebhookSecret — the signing secret of the Stripe webhook endpoint");
    }

    private Secret Placeholder(string id, string description) => new(this, id, new SecretProps
    {
        Description = description,
        GenerateSecretString = new SecretStringGenerator { PasswordLength = 32, ExcludePunctuation = true },
        RemovalPolicy = RemovalPolicy.RETAIN,
    });
}
