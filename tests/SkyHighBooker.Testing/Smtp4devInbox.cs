using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace SkyHighBooker.Testing;

/// <summary>smtp4dev's REST API, as its web inbox uses it: the messages received, one message's headers and attachments, an attachment's bytes.</summary>
public sealed class Smtp4devInbox(Uri baseUrl) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = baseUrl };

    /// <summary>Every message received for <paramref name="address"/>, newest first.</summary>
    public async Task<IReadOnlyList<InboxMessage>> MessagesToAsync(string address)
    {
        var page = await http.GetFromJsonAsync<MessagePage>("api/messages?pageSize=500");
        return page!.Results.Where(m => m.To.Contains(address, StringComparer.OrdinalIgnoreCase)).ToList();
    }

    /// <summary>Waits (bounded) until <paramref name="count"/> messages for <paramref name="address"/> have arrived.</summary>
    public async Task<IReadOnlyList<InboxMessage>> WaitForMessagesToAsync(string address, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var messages = await MessagesToAsync(address);
            if (messages.Count >= count || DateTime.UtcNow > deadline) return messages;
            await Task.Delay(250);
        }
    }

    public async Task<InboxMessageDetail> MessageAsync(string id) => (await http.GetFromJsonAsync<InboxMessageDetail>($"api/messages/{id}"))!;

    public Task<byte[]> DownloadAsync(InboxAttachment attachment) => http.GetByteArrayAsync(attachment.Url);

    /// <summary>The message's plain-text body.</summary>
    public Task<string> PlainTextAsync(string id) => http.GetStringAsync($"api/messages/{id}/plaintext");

    public void Dispose() => http.Dispose();

    private sealed record MessagePage(IReadOnlyList<InboxMessage> Results);
}

public sealed record InboxMessage(string Id, string From, IReadOnlyList<string> To, string Subject, int AttachmentCount);

public sealed record InboxMessageDetail(string Id, string Subject, IReadOnlyList<InboxHeader> Headers, IReadOnlyList<InboxPart> Parts)
{
    public string? Header(string name) => Headers.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>Every attachment of the message, however deep in its MIME tree.</summary>
    public IReadOnlyList<InboxAttachment> Attachments => Parts.SelectMany(AllAttachments).ToList();

    private static IEnumerable<InboxAttachment> AllAttachments(InboxPart part) => part.Attachments.Concat(part.ChildParts.SelectMany(AllAttachments));
}

public sealed record InboxHeader(string Name, string Value);

public sealed record InboxPart(string Id, IReadOnlyList<InboxPart> ChildParts, IReadOnlyList<InboxAttachment> Attachments);

public sealed record InboxAttachment(string FileName, [property: JsonPropertyName("url")] string Url);
