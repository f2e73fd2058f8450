using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace BookingLoad;

public static class Http
{
    public static HttpClient NewClient() => new(new SocketsHttpHandler
    {
        UseProxy = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.None,
        MaxConnectionsPerServer = int.MaxValue,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
    })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    public static HttpRequestMessage WithBearer(this HttpRequestMessage request, string token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    public static async Task<(HttpStatusCode Status, JsonDocument? Body, string Text)> SendAsync(HttpClient http, HttpRequestMessage request)
    {
        using (request)
        using (var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead))
        {
            var text = await response.Content.ReadAsStringAsync();
            JsonDocument? body = null;
            if (text.Length > 0 && text[0] is '{' or '[')
            {
                try { body = JsonDocument.Parse(text); } catch (JsonException) { }
            }
            return (response.StatusCode, body, text);
        }
    }
}
