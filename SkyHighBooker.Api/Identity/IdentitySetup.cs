namespace SkyHighBooker.Api.Identity;

public static class IdentitySetup
{
    /// <summary>Cognito sign-in, the users table kept in step with it, and profiles with their pictures.</summary>
    public static IHostApplicationBuilder AddIdentity(this IHostApplicationBuilder builder)
    {
        builder.AddCognitoAuthentication();
        builder.Services.AddHttpClient<CognitoUserApi>();
        builder.Services.AddHttpClient<CognitoAdminApi>();
        builder.Services.AddScoped<UserProfiles>();
        builder.Services.AddMemoryCache(); // its size limit, in bytes, is set with the public-read cache's (PublicReadsSetup)
        builder.Services.AddScoped<SignInRecorder>();
        builder.Services.AddScoped<ProfilePictures>();
        return builder;
    }
}
