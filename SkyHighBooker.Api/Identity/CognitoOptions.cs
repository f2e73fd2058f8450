namespace SkyHighBooker.Api.Identity;

/// <summary>The user pool the Api trusts. Locally these point at cognito-local; in AWS at the real pool.</summary>
public sealed class CognitoOptions
{
    public const string Section = "Cognito";

    public string Region { get; set; } = "us-east-1";
    public string? UserPoolId { get; set; }
    /// <summary>The app client whose access tokens are accepted.</summary>
    public string? ClientId { get; set; }
    /// <summary>Token issuer, https://cognito-idp.{region}.amazonaws.com/{userPoolId} for a real pool.</summary>
    public string? Issuer { get; set; }
    /// <summary>Cognito's JSON API endpoint, https://cognito-idp.{region}.amazonaws.com/ for a real pool.</summary>
    public string? ServiceUrl { get; set; }
    public bool RequireHttpsMetadata { get; set; } = true;

    public string? EffectiveIssuer => Issuer ?? (UserPoolId is null ? null : $"https://cognito-idp.{Region}.amazonaws.com/{UserPoolId}");

    public Uri EffectiveServiceUrl => new(ServiceUrl ?? $"https://cognito-idp.{Region}.amazonaws.com/");

    public string JwksUrl => $"{EffectiveIssuer!.TrimEnd('/')}/.well-known/jwks.json";
}
