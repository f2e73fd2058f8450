using System.Net;
using System.Net.Http.Json;
using SkyHighBooker.Api.Admin;
using SkyHighBooker.Api.Tests.Identity;
using SkyHighBooker.Api.Tests.Infrastructure;
using SkyHighBooker.Testing;

namespace SkyHighBooker.Api.Tests.Admin;

[Collection(ApiCollection.Name)]
public sealed class AdminUsersApiTests(ApiFixture api)
{
    private static async Task<List<AdminUserView>> AllPagesAsync(HttpClient admin)
    {
        var users = new List<AdminUserView>();
        string? token = null;
        do
        {
            var page = (await admin.GetFromJsonAsync<AdminUserPage>($"/api/admin/users?limit=60{(token is null ? "" : $"&pageToken={Uri.EscapeDataString(token)}")}"))!;
            users.AddRange(page.Items);
            token = page.NextPageToken;
        }
        while (token is not null);
        return users;
    }

    [Fact]
    public async Task An_admin_sees_each_users_role_verification_and_mfa_as_cognito_holds_them()
    {
        var traveller = await api.Users.NewUserAsync("Listed");
        await TwoStepVerificationTests.TurnOnTotpAsync(api, traveller);
        using var admin = await api.AdminAsync();

        var users = await AllPagesAsync(admin);

        var listed = Assert.Single(users, u => u.Id == traveller.Sub);
        Assert.Equal((traveller.Email, "Listed", "user", true, true, true), (listed.Email, listed.FirstName, listed.Role, listed.EmailVerified, listed.MfaEnabled, listed.Enabled));
        var adminUser = Assert.Single(users, u => u.Email == CognitoLocalEmulator.AdminEmail);
        Assert.Equal(("admin", false), (adminUser.Role, adminUser.MfaEnabled));
    }

    [Fact]
    public async Task The_export_is_cognitos_user_import_csv_with_a_row_per_user()
    {
        var traveller = await api.Users.NewUserAsync("Exported");
        using var admin = await api.AdminAsync();

        var response = await admin.GetAsync("/api/admin/users/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', AdminUserDirectory.CsvColumns), lines[0]);
        var row = Assert.Single(lines, l => l.Contains(traveller.Email)).Split(',');
        Assert.Equal(AdminUserDirectory.CsvColumns.Length, row.Length);
        var field = (string column) => row[Array.IndexOf(AdminUserDirectory.CsvColumns, column)];
        Assert.Equal(("Exported", traveller.Email, "TRUE", "user", "FALSE", traveller.Email),
            (field("given_name"), field("email"), field("email_verified"), field("custom:role"), field("cognito:mfa_enabled"), field("cognito:username")));
    }

    [Fact]
    public async Task A_traveller_gets_403_from_the_user_list_and_the_export()
    {
        using var traveller = api.SignedIn(await api.Users.NewUserAsync("Curious"));

        Assert.Equal(HttpStatusCode.Forbidden, (await traveller.GetAsync("/api/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await traveller.GetAsync("/api/admin/users/export")).StatusCode);
    }

    [Fact]
    public async Task A_limit_out_of_range_is_a_400_naming_it()
    {
        using var admin = await api.AdminAsync();

        await ProblemAssertions.AssertValidationProblemNamingAsync(await admin.GetAsync("/api/admin/users?limit=61"), "limit");
    }
}
