using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SkyHighBooker.Api.TravelDocuments;

namespace SkyHighBooker.Api.Tests.TravelDocuments;

/// <summary>What the account page does with a travel document: start an upload, PUT the bytes to storage, file it.</summary>
public static class TravelDocumentCalls
{
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    public static async Task<TravelDocumentUpload> StartUploadAsync(this HttpClient client, string contentType, long contentLength)
    {
        var response = await client.PostAsJsonAsync("/api/me/documents/uploads", new { contentType, contentLength });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TravelDocumentUpload>())!;
    }

    /// <summary>What a browser does with the upload: PUT the bytes straight to storage with the headers it was given.</summary>
    public static async Task PutAsync(this TravelDocumentUpload upload, byte[] content)
    {
        using var storage = new HttpClient();
        using var put = new HttpRequestMessage(new HttpMethod(upload.Method), upload.Url) { Content = new ByteArrayContent(content) };
        put.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(upload.Headers["Content-Type"]);
        using var response = await storage.SendAsync(put);
        Assert.True(response.IsSuccessStatusCode, $"storage answered {(int)response.StatusCode}");
    }

    public static Task<HttpResponseMessage> FileDocumentAsync(this HttpClient client, string uploadId, string fileName, string? idempotencyKey = null)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "/api/me/documents") { Content = JsonContent.Create(new { uploadId, fileName }) };
        message.Headers.Add("Idempotency-Key", idempotencyKey ?? Guid.NewGuid().ToString());
        return client.SendAsync(message);
    }

    /// <summary>Start, PUT and file: the document as the Api answered it.</summary>
    public static async Task<TravelDocumentView> UploadDocumentAsync(this HttpClient client, byte[] content, string contentType, string fileName)
    {
        var upload = await client.StartUploadAsync(contentType, content.Length);
        await upload.PutAsync(content);
        var filed = await client.FileDocumentAsync(upload.UploadId, fileName);
        Assert.True(filed.StatusCode == HttpStatusCode.Created, await filed.Content.ReadAsStringAsync());
        return (await filed.Content.ReadFromJsonAsync<TravelDocumentView>())!;
    }

    public static async Task<List<TravelDocumentView>> ListDocumentsAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<List<TravelDocumentView>>("/api/me/documents"))!;
}
