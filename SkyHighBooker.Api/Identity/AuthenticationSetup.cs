using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace SkyHighBooker.Api.Identity;

public static class AuthenticationSetup
{
    public const string AdminPolicy = "admin";

    /// <summary>
    /// Cognito access tokens only: signature from the pool's JWKS, issuer, expiry, token_use = access and the app
    /// client's client_id. ID tokens (token_use = id, aud instead of client_id) and unsigned tokens are refused.
    /// </summary>
    public static IHostApplicationBuilder AddCognitoAuthentication(this IHostApplicationBuilder builder)
    {
        var cognito = builder.Configuration.GetSection(CognitoOptions.Section).Get<CognitoOptions>() ?? new CognitoOptions();
        builder.Services.Configure<CognitoOptions>(builder.Configuration.GetSection(CognitoOptions.Section));

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.SaveToken = true; // handlers pass the caller's own token on to Cognito (GetUser)
            options.RequireHttpsMetadata = cognito.RequireHttpsMetadata;
            var issuer = cognito.EffectiveIssuer;
            if (issuer is not null)
            {
                options.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
                    cognito.JwksUrl, new CognitoJwksRetriever(issuer), new HttpDocumentRetriever { RequireHttps = cognito.RequireHttpsMetadata });
            }
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = issuer ?? "unconfigured: no token is accepted",
                ValidateIssuer = true,
                ValidateAudience = false, // Cognito access tokens carry client_id, not aud: checked below
                ValidateLifetime = true,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ValidateIssuerSigningKey = true,
                ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                ClockSkew = TimeSpan.FromSeconds(30),
                NameClaimType = CognitoClaims.Subject,
                RoleClaimType = CognitoClaims.Groups,
            };
            options.Events = new JwtBearerEvents
            {
                OnTokenValidated = context =>
                {
                    var principal = context.Principal!;
                    if (principal.FindFirst(CognitoClaims.TokenUse)?.Value != "access")
                        context.Fail("only access tokens are accepted");
                    else if (cognito.ClientId is null || principal.FindFirst(CognitoClaims.ClientId)?.Value != cognito.ClientId)
                        context.Fail("the token was issued to another app client");
                    else if (principal.FindFirst(CognitoClaims.Subject) is null)
                        context.Fail("the token names no user");
                    return Task.CompletedTask;
                },
            };
        });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, policy => policy.RequireAuthenticatedUser().RequireClaim(CognitoClaims.Groups, CognitoClaims.AdminGroup));
        return builder;
    }
}
