using Amazon.Runtime.Credentials;
using Microsoft.Extensions.Options;

namespace SkyHighBooker.Api.Identity;

/// <summary>
/// The admin half of Cognito's JSON API that the admin user list needs (ListUsers, ListUsersInGroup, AdminGetUser). Real
/// Cognito wants these signed with AWS credentials (SigV4, the Api's role); cognito-local accepts them unsigned, so
/// they are signed only when no emulator <see cref="CognitoOptions.ServiceUrl"/> is configured.
/// </summary>
public sealed class CognitoAdminApi(HttpClient http, IOptions<CognitoOptions> options, TimeProvider clock)
{
    public sealed record PoolUser(string Username, IReadOnlyList<CognitoUserApi.Attribute>? Attributes, bool Enabled, string? UserStatus, double? UserCreateDate)
    {
        public string? this[string name] => Attributes?.FirstOrDefault(a => a.Name == name)?.Value;
    }

    public sealed record UserPage(IReadOnlyList<PoolUser> Users, string? PaginationToken);

    public sealed record UserDetail(string Username, IReadOnlyList<string>? UserMFASettingList);

    public Task<UserPage> ListUsersAsync(int limit, string? paginationToken, CancellationToken ct) =>
        SendAsync<UserPage>("ListUsers", new { UserPoolId = PoolId, Limit = limit, PaginationToken = paginationToken }, ct);

    public async Task<HashSet<string>> UsernamesInGroupAsync(string group, CancellationToken ct)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        string? next = null;
        do
        {
            var page = await SendAsync<GroupPage>("ListUsersInGroup", new { UserPoolId = PoolId, GroupName = group, Limit = 60, NextToken = next }, ct);
            foreach (var user in page.Users) names.Add(user.Username);
            next = page.NextToken;
        }
        while (next is not null);
        return names;
    }

    public Task<UserDetail> GetUserAsync(string username, CancellationToken ct) =>
        SendAsync<UserDetail>("AdminGetUser", new { UserPoolId = PoolId, Username = username }, ct);

    private sealed record GroupPage(IReadOnlyList<PoolUser> Users, string? NextToken);

    private string PoolId => options.Value.UserPoolId ?? throw new InvalidOperationException("Cognito:UserPoolId is not configured.");

    private Task<T> SendAsync<T>(string action, object body, CancellationToken ct) =>
        CognitoJsonCall.SendAsync<T>(http, options.Value.EffectiveServiceUrl, action, body, options.Value.ServiceUrl is null ? SignAsync : null, ct);

    /// <summary>SigV4 with the default AWS credential chain (the Api's role), as real Cognito wants its admin calls.</summary>
    private async Task SignAsync(HttpRequestMessage request, byte[] payload)
    {
        var credentials = await DefaultAWSCredentialsIdentityResolver.GetCredentials().GetCredentialsAsync();
        AwsSignatureV4.Sign(request, payload, new(credentials.AccessKey, credentials.SecretKey, credentials.UseToken ? credentials.Token : null),
            options.Value.Region, "cognito-idp", clock.GetUtcNow());
    }
}
