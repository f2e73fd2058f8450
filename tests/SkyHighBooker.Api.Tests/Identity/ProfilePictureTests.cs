using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SkyHighBooker.Api.Identity;
using SkyHighBooker.Api.Tests.Infrastructure;
using SkyHighBooker.Storage;
using SkyHighBooker.Testing;
using static SkyHighBooker.Api.Tests.Identity.TestPictures;

namespace SkyHighBooker.Api.Tests.Identity;

/// <summary>
/// The browser PUTs a picture to a staging key with a pre-signed URL, which binds neither size nor content; completing
/// the upload is where the Api looks at what really arrived (over a real s3rver, which enforces nothing itself).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ProfilePictureTests(ApiFixture api)
{
    private static readonly byte[] Html = Encoding.UTF8.GetBytes("<!doctype html><script>alert(document.cookie)</script>");

    [Fact]
    public async Task A_real_png_or_jpeg_becomes_the_profile_picture_with_its_real_type_and_the_staged_upload_is_deleted()
    {
        var user = await api.Users.NewUserAsync("Pictured");
        using var client = api.SignedIn(user);
        Assert.Null((await client.GetFromJsonAsync<UserProfile>("/api/me"))!.ProfilePictureUrl);

        foreach (var (picture, type) in new[] { (Png, "image/png"), (Jpeg, "image/jpeg") })
        {
            var upload = await StartAsync(client, type, picture.Length);
            Assert.Contains($"/uploads/profile-pictures/{user.Sub}/{upload.UploadId}?", upload.Url);
            Assert.DoesNotContain("profile-picture.jpg", upload.Url);
            await PutAsync(upload, picture);

            var completed = await CompleteAsync(client, upload.UploadId);
            Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
            var profile = (await completed.Content.ReadFromJsonAsync<UserProfile>())!;
            Assert.Contains($"users/{user.Sub}/profile-picture.jpg", profile.ProfilePictureUrl);
            await AssertPictureAsync(client, picture, type);
            Assert.Null(await StagedAsync(user, upload));
        }
    }

    [Fact]
    public async Task What_the_client_declares_is_still_checked_before_any_upload_starts()
    {
        using var client = api.SignedIn(await api.Users.NewUserAsync());
        await ProblemAssertions.AssertValidationProblemNamingAsync(
            await client.PostAsJsonAsync("/api/me/profile-picture", new { contentType = "image/gif", contentLength = 1000 }), "contentType");
        await ProblemAssertions.AssertValidationProblemNamingAsync(
            await client.PostAsJsonAsync("/api/me/profile-picture", new { contentType = "image/png", contentLength = 6 * 1024 * 1024 }), "contentLength");
    }

    [Fact]
    public async Task A_6_MB_file_declared_as_1_MB_is_refused_and_neither_it_nor_a_picture_remains()
    {
        var user = await api.Users.NewUserAsync();
        using var client = api.SignedIn(user);
        var sixMegabytePng = new byte[6 * 1024 * 1024];
        Png.CopyTo(sixMegabytePng, 0); // a PNG's first bytes: only its size is wrong

        var upload = await StartAsync(client, "image/png", 1024 * 1024);
        await PutAsync(upload, sixMegabytePng);
        Assert.Equal(sixMegabytePng.Length, (await StagedAsync(user, upload))!.Size); // storage took it all, whatever was declared

        await AssertRefusedAsync(await CompleteAsync(client, upload.UploadId), "The picture is larger than 5 MB.");
        Assert.Null(await StagedAsync(user, upload));
        Assert.Null(await StoredAsync(ProfilePictures.KeyFor(user.Sub)));
        Assert.Null((await client.GetFromJsonAsync<UserProfile>("/api/me"))!.ProfilePictureUrl);
    }

    [Fact]
    public async Task An_html_or_text_file_declared_as_a_jpeg_is_refused_and_deleted_and_the_old_picture_stays()
    {
        var user = await api.Users.NewUserAsync();
        using var client = api.SignedIn(user);
        await UploadAsync(client, Png, "image/png");

        foreach (var notAPicture in new[] { Html, Encoding.UTF8.GetBytes("just some text"), [0xFF, 0xD8] })
        {
            var upload = await StartAsync(client, "image/jpeg", notAPicture.Length);
            await PutAsync(upload, notAPicture);
            await AssertRefusedAsync(await CompleteAsync(client, upload.UploadId), "The file is not a JPEG or PNG image.");
            Assert.Null(await StagedAsync(user, upload));
            await AssertPictureAsync(client, Png, "image/png");
        }
    }

    [Fact]
    public async Task A_png_declared_as_a_jpeg_becomes_the_picture_as_a_png()
    {
        var user = await api.Users.NewUserAsync();
        using var client = api.SignedIn(user);
        var upload = await StartAsync(client, "image/jpeg", Png.Length);
        await PutAsync(upload, Png);
        Assert.Equal("image/jpeg", (await StagedAsync(user, upload))!.ContentType);

        Assert.Equal(HttpStatusCode.OK, (await CompleteAsync(client, upload.UploadId)).StatusCode);
        await AssertPictureAsync(client, Png, "image/png");
    }

    [Fact]
    public async Task Nobody_completes_another_users_upload_and_nothing_changes_when_they_try()
    {
        var owner = await api.Users.NewUserAsync("Owner");
        var stranger = await api.Users.NewUserAsync("Stranger");
        using var ownerClient = api.SignedIn(owner);
        using var strangerClient = api.SignedIn(stranger);
        var upload = await StartAsync(ownerClient, "image/png", Png.Length);
        await PutAsync(upload, Png);

        await ProblemAssertions.AssertProblemAsync(await CompleteAsync(strangerClient, upload.UploadId), HttpStatusCode.NotFound);
        Assert.Null(await StoredAsync(ProfilePictures.KeyFor(stranger.Sub)));
        Assert.Null(await StoredAsync(ProfilePictures.KeyFor(owner.Sub)));
        Assert.NotNull(await StagedAsync(owner, upload));

        Assert.Equal(HttpStatusCode.OK, (await CompleteAsync(ownerClient, upload.UploadId)).StatusCode);
        await AssertPictureAsync(ownerClient, Png, "image/png");
        Assert.Null((await strangerClient.GetFromJsonAsync<UserProfile>("/api/me"))!.ProfilePictureUrl);
    }

    [Fact]
    public async Task Completing_an_upload_again_answers_the_same_profile_until_a_newer_picture_replaces_it_and_then_changes_nothing()
    {
        var user = await api.Users.NewUserAsync();
        using var client = api.SignedIn(user);
        var first = await StartAsync(client, "image/png", Png.Length);
        await PutAsync(first, Png);
        var completed = await (await CompleteAsync(client, first.UploadId)).Content.ReadFromJsonAsync<UserProfile>();

        var again = await CompleteAsync(client, first.UploadId);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var answeredAgain = (await again.Content.ReadFromJsonAsync<UserProfile>())!;
        Assert.Equal(completed!.Id, answeredAgain.Id);
        Assert.NotNull(answeredAgain.ProfilePictureUrl);
        await AssertPictureAsync(client, Png, "image/png");

        await UploadAsync(client, Jpeg, "image/jpeg");
        await ProblemAssertions.AssertProblemAsync(await CompleteAsync(client, first.UploadId), HttpStatusCode.NotFound);
        await AssertPictureAsync(client, Jpeg, "image/jpeg");
    }

    [Fact]
    public async Task An_upload_id_that_is_not_a_guid_is_refused_and_one_never_started_is_not_found()
    {
        using var client = api.SignedIn(await api.Users.NewUserAsync());
        foreach (var malformed in new[] { "", "../../other-user/uploads/x", "not-a-guid" })
            await ProblemAssertions.AssertValidationProblemNamingAsync(await CompleteAsync(client, malformed), "uploadId");
        await ProblemAssertions.AssertValidationProblemNamingAsync(await client.PutAsJsonAsync("/api/me/profile-picture", new { }), "uploadId");
        await ProblemAssertions.AssertProblemAsync(await CompleteAsync(client, Guid.NewGuid().ToString()), HttpStatusCode.NotFound);
    }

    private static async Task<ProfilePictureUpload> StartAsync(HttpClient client, string contentType, long contentLength)
    {
        var response = await client.PostAsJsonAsync("/api/me/profile-picture", new { contentType, contentLength });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var upload = (await response.Content.ReadFromJsonAsync<ProfilePictureUpload>())!;
        Assert.True(Guid.TryParseExact(upload.UploadId, "D", out _), upload.UploadId);
        return upload;
    }

    /// <summary>What a browser does with the upload: PUT the bytes straight to storage with the headers it was given.</summary>
    private static async Task PutAsync(ProfilePictureUpload upload, byte[] content)
    {
        using var storage = new HttpClient();
        using var put = new HttpRequestMessage(new HttpMethod(upload.Method), upload.Url) { Content = new ByteArrayContent(content) };
        put.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(upload.Headers["Content-Type"]);
        using var response = await storage.SendAsync(put);
        Assert.True(response.IsSuccessStatusCode, $"storage answered {(int)response.StatusCode}");
    }

    private static Task<HttpResponseMessage> CompleteAsync(HttpClient client, string uploadId) =>
        client.PutAsJsonAsync("/api/me/profile-picture", new { uploadId });

    private static async Task UploadAsync(HttpClient client, byte[] picture, string contentType)
    {
        var upload = await StartAsync(client, contentType, picture.Length);
        await PutAsync(upload, picture);
        Assert.Equal(HttpStatusCode.OK, (await CompleteAsync(client, upload.UploadId)).StatusCode);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string message)
    {
        var errors = await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([message], errors.GetProperty("file").EnumerateArray().Select(m => m.GetString()));
    }

    /// <summary>The profile shows exactly these bytes, served with this content type.</summary>
    private static async Task AssertPictureAsync(HttpClient client, byte[] picture, string contentType)
    {
        var profile = await client.GetFromJsonAsync<UserProfile>("/api/me");
        using var storage = new HttpClient();
        using var response = await storage.GetAsync(profile!.ProfilePictureUrl);
        Assert.Equal(picture, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
    }

    private Task<StoredObject?> StagedAsync(CognitoTestClient.TestUser user, ProfilePictureUpload upload) =>
        StoredAsync(ProfilePictures.StagedKeyFor(user.Sub, Guid.Parse(upload.UploadId)));

    private async Task<StoredObject?> StoredAsync(string key) =>
        await api.Factory.Services.GetRequiredService<FileStore>().DescribeAsync(key, CancellationToken.None);
}
