using Amazon.CDK;
using Amazon.CDK.AWS.Cognito;
using Constructs;

namespace SkyHighBooker.Infrastructure;

/// <summary>
/// The Cognito user pool, as emulators/cognito-bootstrap.mjs makes it locally: email as the user name, verified by
/// email, <c>given_name</c>/<c>family_name</c>, the <c>admin</c> group (the only source of roles the Api trusts), and
/// one public client for the React app.
/// </summary>
public sealed class Users : Construct
{
    public const string AdminGroup = "admin";

    public UserPool Pool { get; }
    public UserPoolClient WebClient { get; }

    /// <summary>What the Api's <c>Cognito:Issuer</c> resolves to for this pool.</summary>
    public string Issuer => $"https://cognito-idp.{Stack.Of(this).Region}.amazonaws.com/{Pool.UserPoolId}";

    public Users(Construct scope, string id) : base(scope, id)
    {
        Pool = new UserPool(this, "Pool", new UserPoolProps
        {
            SelfSignUpEnabled = true,
            SignInAliases = new SignInAliases { Email = true },
            SignInCaseSensitive = false,
            AutoVerify = new AutoVerifiedAttrs { Email = true },
            UserVerification = new UserVerificationConfig { EmailStyle = VerificationEmailStyle.CODE },
            StandardAttributes = new StandardAttributes
            {
                Email = new StandardAttribute { Required = true, Mutable = true },
                GivenName = new StandardAttribute { Required = false, Mutable = true },
                FamilyName = new StandardAttribute { Required = false, Mutable = true },
            },
            // The local pool has custom:role; the Api never trusts it (roles come from cognito:groups), and the app
            // client below may read but not write it. Kept so that both pools have the same attributes.
            CustomAttributes = new Dictionary<string, ICustomAttribute>
            {
                ["role"] = new StringAttribute(new StringAttributeProps { Mutable = true, MaxLen = 32 }),
            },
            PasswordPolicy = new PasswordPolicy
            {
                MinLength = 12,
                RequireLowercase = true,
                RequireUppercase = true,
                RequireDigits = true,
                RequireSymbols = true,
                TempPasswordValidity = Duration.Days(3),
            },
            Mfa = Mfa.OPTIONAL,
            MfaSecondFactor = new MfaSecondFactor { Otp = true, Sms = false },
            AccountRecovery = AccountRecovery.EMAIL_ONLY,
            DeletionProtection = true,
            RemovalPolicy = RemovalPolicy.RETAIN,
        });

        new CfnUserPoolGroup(this, "AdminGroup", new CfnUserPoolGroupProps
        {
            UserPoolId = Pool.UserPoolId,
            GroupName = AdminGroup,
            Description = "Sky High Booker administrators",
        });

        WebClient = Pool.AddClient("Web", new UserPoolClientOptions
        {
            UserPoolClientName = "sky-high-booker-web",
            GenerateSecret = false, // a browser cannot keep a secret
            // SRP for clients that never send the password; USER_PASSWORD_AUTH because the React app signs in with it
            // today (src/auth/cognitoAccounts.ts) — the password goes to Cognito over TLS, never to the Api.
            AuthFlows = new AuthFlow { UserSrp = true, UserPassword = true },
            DisableOAuth = true,
            AccessTokenValidity = Duration.Minutes(60),
            IdTokenValidity = Duration.Minutes(60),
            RefreshTokenValidity = Duration.Days(30),
            AuthSessionValidity = Duration.Minutes(3),
            EnableTokenRevocation = true,
            PreventUserExistenceErrors = true,
            ReadAttributes = new ClientAttributes()
                .WithStandardAttributes(new StandardAttributesMask { Email = true, EmailVerified = true, GivenName = true, FamilyName = true })
                .WithCustomAttributes("role"),
            WriteAttributes = new ClientAttributes()
                .WithStandardAttributes(new StandardAttributesMask { Email = true, GivenName = true, FamilyName = true }),
        });
    }
}
