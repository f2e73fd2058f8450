using System.ComponentModel;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using SkyHighBooker.Api.Apis;
using SkyHighBooker.Api.Identity;

namespace SkyHighBooker.Api.Admin;

public sealed record AdminUserListParameters(
    [FromQuery(Name = "limit")][property: Description("Users per page, 1–60 (Cognito's ListUsers limit; default 20)")] int? Limit,
    [FromQuery(Name = "pageToken")][property: Description("nextPageToken of the previous page")] string? PageToken);

public sealed record AdminUserView(string Id, string? Email, string? FirstName, string? LastName,
    [property: AllowedValuesFrom(typeof(UserRoles))] string Role, bool EmailVerified, bool MfaEnabled, bool Enabled, string? Status,
    DateTimeOffset? CreatedAt);

public sealed record AdminUserPage(List<AdminUserView> Items, string? NextPageToken);

/// <summary>
/// The pool's users as Cognito holds them, for admins: a page of ListUsers, the role from the admin group's members,
/// MFA from each user's AdminGetUser (ListUsers does not carry it). Paged with Cognito's own pagination token.
/// </summary>
public sealed class AdminUserDirectory(CognitoAdminApi cognito)
{
    public const int MaxLimit = 60;

    /// <summary>Cognito's user import file columns (what GetCSVHeader answers for this pool: the standard attributes,
    /// the pool's custom:role, then the two cognito: columns). cognito-local has no GetCSVHeader, so the list is written here.</summary>
    public static readonly string[] CsvColumns =
    [
        "name", "given_name", "family_name", "middle_name", "nickname", "preferred_username", "profile", "picture", "website",
        "email", "email_verified", "gender", "birthdate", "zoneinfo", "locale", "phone_number", "phone_number_verified",
        "address", "updated_at", "custom:role", "cognito:mfa_enabled", "cognito:username",
    ];

    public async Task<AdminUserPage> PageAsync(int limit, string? pageToken, CancellationToken ct)
    {
        var page = await cognito.ListUsersAsync(limit, pageToken, ct);
        var admins = await cognito.UsernamesInGroupAsync(UserRoles.Admin, ct);
        var items = new List<AdminUserView>(page.Users.Count);
        foreach (var user in page.Users)
        {
            var detail = await DetailOrNullAsync(user.Username, ct);
            if (detail is null) continue; // deleted between the listing and this lookup: no longer a user to list
            items.Add(new AdminUserView(user["sub"] ?? user.Username, user["email"], user["given_name"], user["family_name"],
                admins.Contains(user.Username) ? UserRoles.Admin : UserRoles.User,
                // cognito-local leaves email_verified unset when a sign-up is confirmed (as UserProfiles notes); confirming is verifying
                user["email_verified"] is "true" || (user["email_verified"] is null && user.UserStatus == "CONFIRMED"),
                detail.UserMFASettingList is { Count: > 0 }, user.Enabled, user.UserStatus,
                user.UserCreateDate is { } created ? DateTimeOffset.FromUnixTimeMilliseconds((long)(created * 1000)) : null));
        }
        return new AdminUserPage(items, string.IsNullOrEmpty(page.PaginationToken) ? null : page.PaginationToken);
    }

    private async Task<CognitoAdminApi.UserDetail?> DetailOrNullAsync(string username, CancellationToken ct)
    {
        try
        {
            return await cognito.GetUserAsync(username, ct);
        }
        catch (CognitoRequestException gone) when (gone.ErrorType == "UserNotFoundException")
        {
            return null;
        }
    }

    /// <summary>Every user, in Cognito's import format: the backup the design's user export/import promises.</summary>
    public async Task<string> ExportCsvAsync(CancellationToken ct)
    {
        var csv = new StringBuilder().AppendJoin(',', CsvColumns).Append("\r\n");
        string? token = null;
        do
        {
            var page = await PageAsync(MaxLimit, token, ct);
            foreach (var user in page.Items)
            {
                var values = CsvColumns.Select(column => column switch
                {
                    "given_name" => user.FirstName,
                    "family_name" => user.LastName,
                    "email" => user.Email,
                    "email_verified" => user.EmailVerified ? "TRUE" : "FALSE",
                    "phone_number_verified" => "FALSE",
                    "custom:role" => user.Role,
                    "cognito:mfa_enabled" => user.MfaEnabled ? "TRUE" : "FALSE",
                    "cognito:username" => user.Email,
                    _ => null,
                });
                csv.AppendJoin(',', values.Select(Quote)).Append("\r\n");
            }
            token = page.NextPageToken;
        }
        while (token is not null);
        return csv.ToString();
    }

    private static string Quote(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
