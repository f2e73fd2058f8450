using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SkyHighBooker.Api.Tests.Infrastructure;
using SkyHighBooker.Api.TravelDocuments;
using SkyHighBooker.Storage;
using SkyHighBooker.Testing;
using static SkyHighBooker.Api.Tests.Identity.TestPictures;
using static SkyHighBooker.Api.Tests.TravelDocuments.TravelDocumentCalls;

namespace SkyHighBooker.Api.Tests.TravelDocuments;

/// <summary>
/// Passport and visa scans under users/{id}/documents/, over a real s3rver (which enforces nothing itself): the Api
/// decides by the bytes that arrived, and every read and write names the owner.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TravelDocumentTests(ApiFixture api)
{
    private static readonly byte[] Html = Encoding.UTF8.GetBytes("<!doctype html><script>alert(document.cookie)</script>");

    [Fact]
    public async Task A_pdf_jpeg_and_png_are_filed_under_the_users_documents_listed_downloaded_as_sent_and_deleted_with_their_files()
    {
        var user = await api.Users.NewUserAsync("Traveller");
        using var client = api.SignedIn(user);
        Assert.Empty(await client.ListDocumentsAsync());

        foreach (var (content, type, name, extension) in new[] { (Pdf, "application/pdf", "passport.pdf", ".pdf"), (Jpeg, "image/jpeg", "visa.jpg", ".jpg"), (Png, "image/png", "visa scan.png", ".png") })
        {
            var upload = await client.StartUploadAsync(type, content.Length);
            Assert.Contains($"/uploads/documents/{user.Sub}/{upload.UploadId}?", upload.Url);
            await upload.PutAsync(content);
            var filed = await client.FileDocumentAsync(upload.UploadId, name);
            Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
            var document = (await filed.Content.ReadFromJsonAsync<TravelDocumentView>())!;
            Assert.Equal($"/api/me/documents/{document.Id}", filed.Headers.Location?.OriginalString);
            Assert.Equal((name, type, (long)content.Length), (document.FileName, document.ContentType, document.SizeBytes));

            var key = TravelDocumentFiling.KeyFor(user.Sub, document.Id, type);
            Assert.Equal($"users/{user.Sub}/documents/{document.Id}{extension}", key);
            Assert.Equal(content.Length, (await StoredAsync(key))!.Size);
            Assert.Null(await StoredAsync(TravelDocumentUploads.StagedKeyFor(user.Sub, Guid.Parse(upload.UploadId))));

            var listed = Assert.Single(await client.ListDocumentsAsync(), d => d.Id == document.Id);
            Assert.Contains($"users/{user.Sub}/documents/{document.Id}{extension}", listed.DownloadUrl);
            using var storage = new HttpClient();
            using var download = await storage.GetAsync(listed.DownloadUrl);
            Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
            Assert.Equal(type, download.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        }
        var all = await client.ListDocumentsAsync();
        Assert.Equal(["visa scan.png", "visa.jpg", "passport.pdf"], all.Select(d => d.FileName));

        foreach (var document in all)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/me/documents/{document.Id}")).StatusCode);
            Assert.Null(await StoredAsync(TravelDocumentFiling.KeyFor(user.Sub, document.Id, document.ContentType)));
            await ProblemAssertions.AssertProblemAsync(await client.GetAsync($"/api/me/documents/{document.Id}"), HttpStatusCode.NotFound);
            await ProblemAssertions.AssertProblemAsync(await client.DeleteAsync($"/api/me/documents/{document.Id}"), HttpStatusCode.NotFound);
        }
        Assert.Empty(await client.ListDocumentsAsync());
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM travel_documents WHERE user_id = $1", user.Sub));
    }

    [Fact]
    public async Task A_file_is_judged_by_its_bytes_not_its_name_or_declared_type_and_a_refused_one_leaves_nothing_behind()
    {
        var user = await api.Users.NewUserAsync();
        using var client = api.SignedIn(user);

        foreach (var notADocument in new[] { Html, Encoding.UTF8.GetBytes("just some text"), "%PD"u8.ToArray(), [0x4D, 0x5A, 0x90, 0x00] })
        {
            var upload = await client.StartUploadAsync("application/pdf", notADocument.Length);
            await upload.PutAsync(notADocument);
            await AssertRefusedAsync(await client.FileDocumentAsync(upload.UploadId, "passport.pdf"), TravelDocumentFiling.NotADocument);
            Assert.Null(await StoredAsync(TravelDocumentUploads.StagedKeyFor(user.Sub, Guid.Parse(upload.UploadId))));
        }
        Assert.Empty(await client.ListDocumentsAsync());
        Assert.Equal(0L, await api.ScalarAsync<long>("SELECT count(*) FROM travel_documents WHERE user_id = $1", user.Sub));

        // and the other way round: a real PNG named and declared as a PDF is kept as what it is
        var png = await client.StartUploadAsync("application/pdf", Png.Length);
        await png.PutAsync(Png);
        var filed = (await (await client.FileDocumentAsync(png.UploadId, "passport.pdf")).Content.ReadFromJsonAsync<TravelDocumentView>())!;
        Assert.Equal("image/png", filed.ContentType);
        Assert.Equal("image/png", (await StoredAsync(TravelDocumentFiling.KeyFor(user.Sub, filed.Id, "image/png")))!.ContentType);
    }

    [Fact]
    public async Task A_12_MB_file_declared_as_1_MB_is_refused_naming_the_file_and_neither_it_nor_a_document_remains()
    {
        var user = await api.Users.NewUserAsync();
        using var client = api.SignedIn(user);
        var twelveMegabytePdf = new byte[12 * 1024 * 1024];
        Pdf.CopyTo(twelveMegabytePdf, 0); // a PDF's first bytes: only its size is wrong

        var upload = await client.StartUploadAsync("application/pdf", 1024 * 1024);
        await upload.PutAsync(twelveMegabytePdf);
        await AssertRefusedAsync(await client.FileDocumentAsync(upload.UploadId, "passport.pdf"), TravelDocumentFiling.TooLarge);
        Assert.Null(await StoredAsync(TravelDocumentUploads.StagedKeyFor(user.Sub, Guid.Parse(upload.UploadId))));
        Assert.Empty(await client.ListDocumentsAsync());
    }

    [Fact]
    public async Task What_the_client_declares_and_names_is_checked_field_by_field_before_anything_is_written()
    {
        var user = await api.Users.NewUserAsync();
        using var client = api.SignedIn(user);
        await ProblemAssertions.AssertValidationProblemNamingAsync(
            await client.PostAsJsonAsync("/api/me/documents/uploads", new { contentType = "text/html", contentLength = 1000 }), "contentType");
        await ProblemAssertions.AssertValidationProblemNamingAsync(
            await client.PostAsJsonAsync("/api/me/documents/uploads", new { contentType = "application/pdf", contentLength = 11 * 1024 * 1024 }), "contentLength");
        await ProblemAssertions.AssertValidationProblemNamingAsync(
            await client.PostAsJsonAsync("/api/me/documents/uploads", new { contentType = "application/pdf", contentLength = 0 }), "contentLength");

        var upload = await client.StartUploadAsync("application/pdf", Pdf.Length);
        await upload.PutAsync(Pdf);
        await ProblemAssertions.AssertValidationProblemNamingAsync(await client.FileDocumentAsync(upload.UploadId, ""), "fileName");
        await ProblemAssertions.AssertValidationProblemNamingAsync(await client.FileDocumentAsync(upload.UploadId, new string('x', 201)), "fileName");
        await ProblemAssertions.AssertValidationProblemNamingAsync(await client.FileDocumentAsync(upload.UploadId, "pass\0port.pdf"), "fileName");
        await ProblemAssertions.AssertValidationProblemNamingAsync(await client.FileDocumentAsync("not-a-guid", "passport.pdf"), "uploadId");
        var noKey = await client.PostAsJsonAsync("/api/me/documents", new { uploadId = upload.UploadId, fileName = "passport.pdf" });
        await ProblemAssertions.AssertValidationProblemNamingAsync(noKey, "Idempotency-Key");
        Assert.Empty(await client.ListDocumentsAsync());
        Assert.NotNull(await StoredAsync(TravelDocumentUploads.StagedKeyFor(user.Sub, Guid.Parse(upload.UploadId)))); // still there to file properly

        Assert.Equal(HttpStatusCode.Created, (await client.FileDocumentAsync(upload.UploadId, "passport.pdf")).StatusCode);
    }

    [Fact]
    public async Task Another_user_cannot_list_download_delete_or_file_a_travellers_documents_and_nothing_changes_when_they_try()
    {
        var owner = await api.Users.NewUserAsync("Owner");
        var stranger = await api.Users.NewUserAsync("Stranger");
        using var ownerClient = api.SignedIn(owner);
        using var strangerClient = api.SignedIn(stranger);
        var document = await ownerClient.UploadDocumentAsync(Pdf, "application/pdf", "passport.pdf");
        var pending = await ownerClient.StartUploadAsync("image/png", Png.Length);
        await pending.PutAsync(Png);

        Assert.Empty(await strangerClient.ListDocumentsAsync());
        await ProblemAssertions.AssertProblemAsync(await strangerClient.GetAsync($"/api/me/documents/{document.Id}"), HttpStatusCode.NotFound);
        await ProblemAssertions.AssertProblemAsync(await strangerClient.DeleteAsync($"/api/me/documents/{document.Id}"), HttpStatusCode.NotFound);
        await ProblemAssertions.AssertProblemAsync(await strangerClient.FileDocumentAsync(pending.UploadId, "mine.png"), HttpStatusCode.NotFound);
        Assert.Empty(await strangerClient.ListDocumentsAsync());

        Assert.NotNull(await StoredAsync(TravelDocumentFiling.KeyFor(owner.Sub, document.Id, "application/pdf")));
        Assert.NotNull(await StoredAsync(TravelDocumentUploads.StagedKeyFor(owner.Sub, Guid.Parse(pending.UploadId))));
        Assert.Single(await ownerClient.ListDocumentsAsync());
        Assert.Equal(HttpStatusCode.Created, (await ownerClient.FileDocumentAsync(pending.UploadId, "visa.png")).StatusCode);
    }

    [Fact]
    public async Task A_forged_path_with_dot_dot_or_another_users_id_is_refused_and_never_becomes_a_storage_key()
    {
        var owner = await api.Users.NewUserAsync("Owner");
        var forger = await api.Users.NewUserAsync("Forger");
        using var ownerClient = api.SignedIn(owner);
        using var forgerClient = api.SignedIn(forger);
        var document = await ownerClient.UploadDocumentAsync(Pdf, "application/pdf", "passport.pdf");
        var ownerKey = TravelDocumentFiling.KeyFor(owner.Sub, document.Id, "application/pdf");

        foreach (var forged in new[] { $"../../documents/{owner.Sub}/{document.Id}", $"..%2F..%2Fusers%2F{owner.Sub}%2Fdocuments%2F{document.Id}.pdf", $"{owner.Sub}/documents/{document.Id}" })
        {
            var deleted = await forgerClient.DeleteAsync($"/api/me/documents/{forged}");
            Assert.Equal(HttpStatusCode.NotFound, deleted.StatusCode);
            var read = await forgerClient.GetAsync($"/api/me/documents/{forged}");
            Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
            await ProblemAssertions.AssertValidationProblemNamingAsync(await forgerClient.FileDocumentAsync(forged, "x.pdf"), "uploadId");
        }
        Assert.NotNull(await StoredAsync(ownerKey));

        // A file name is only a label: one that reads like a path lands under the forger's own documents.
        var upload = await forgerClient.StartUploadAsync("application/pdf", Pdf.Length);
        await upload.PutAsync(Pdf);
        var sneaky = $"../../{owner.Sub}/documents/{document.Id}.pdf";
        var filed = (await (await forgerClient.FileDocumentAsync(upload.UploadId, sneaky)).Content.ReadFromJsonAsync<TravelDocumentView>())!;
        Assert.Equal(sneaky, filed.FileName);
        var listed = Assert.Single(await forgerClient.ListDocumentsAsync());
        Assert.Contains($"users/{forger.Sub}/documents/{filed.Id}.pdf", listed.DownloadUrl);
        Assert.Equal(Pdf.Length, (await StoredAsync(ownerKey))!.Size);
        Assert.Single(await ownerClient.ListDocumentsAsync());
    }

    [Fact]
    public async Task Filing_again_with_the_same_idempotency_key_replays_the_first_answer_and_files_one_document()
    {
        var user = await api.Users.NewUserAsync();
        using var client = api.SignedIn(user);
        var upload = await client.StartUploadAsync("application/pdf", Pdf.Length);
        await upload.PutAsync(Pdf);
        var key = Guid.NewGuid().ToString();

        var first = await client.FileDocumentAsync(upload.UploadId, "passport.pdf", key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var retry = await client.FileDocumentAsync(upload.UploadId, "passport.pdf", key);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal((await first.Content.ReadFromJsonAsync<TravelDocumentView>())!.Id, (await retry.Content.ReadFromJsonAsync<TravelDocumentView>())!.Id);

        await ProblemAssertions.AssertProblemAsync(await client.FileDocumentAsync(upload.UploadId, "another name.pdf", key), HttpStatusCode.UnprocessableEntity);
        Assert.Single(await client.ListDocumentsAsync());
        Assert.Equal(1L, await api.ScalarAsync<long>("SELECT count(*) FROM travel_documents WHERE user_id = $1", user.Sub));
    }

    [Fact]
    public async Task Ten_concurrent_retries_of_one_filing_make_one_document_and_one_stored_file()
    {
        var user = await api.Users.NewUserAsync();
        using var client = api.SignedIn(user);
        var upload = await client.StartUploadAsync("application/pdf", Pdf.Length);
        await upload.PutAsync(Pdf);
        var key = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.FileDocumentAsync(upload.UploadId, "passport.pdf", key)));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var ids = await Task.WhenAll(answers.Select(async a => (await a.Content.ReadFromJsonAsync<TravelDocumentView>())!.Id));
        var id = Assert.Single(ids.Distinct());
        Assert.Single(await client.ListDocumentsAsync());
        Assert.Equal([TravelDocumentFiling.KeyFor(user.Sub, id, "application/pdf")], await StoredKeysAsync($"users/{user.Sub}/documents/"));
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string message)
    {
        var errors = await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([message], errors.GetProperty("file").EnumerateArray().Select(m => m.GetString()));
    }

    private async Task<List<string>> StoredKeysAsync(string prefix)
    {
        var bucket = api.Factory.Services.GetRequiredService<IOptions<StorageSettings>>().Value.BucketName;
        var listed = await api.Factory.Services.GetRequiredService<IAmazonS3>().ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, Prefix = prefix });
        return [.. (listed.S3Objects ?? []).Select(o => o.Key)];
    }

    private async Task<StoredObject?> StoredAsync(string key) =>
        await api.Factory.Services.GetRequiredService<FileStore>().DescribeAsync(key, CancellationToken.None);
}
