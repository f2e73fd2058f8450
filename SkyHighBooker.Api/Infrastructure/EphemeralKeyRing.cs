using System.Collections.Concurrent;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace SkyHighBooker.Api.Infrastructure;

/// <summary>
/// ASP.NET's data-protection keys, kept in memory. Authentication registers data protection and loads its key ring at
/// start, which by default writes a key file under $HOME; nothing the Api hands out is protected with it (tokens are
/// Cognito's, checked against Cognito's keys), and on Lambda only /tmp is writable and every instance would have its
/// own ring anyway. Found by the Lambda package smoke test (tests/SkyHighBooker.LambdaPackage.Tests), where the start
/// logged an UnauthorizedAccessException writing to $HOME/.aspnet/DataProtection-Keys.
/// </summary>
public sealed class EphemeralKeyRing : IXmlRepository
{
    private readonly ConcurrentQueue<XElement> keys = new();

    public IReadOnlyCollection<XElement> GetAllElements() => [.. keys.Select(key => new XElement(key))];

    public void StoreElement(XElement element, string friendlyName) => keys.Enqueue(new XElement(element));
}

public static class EphemeralKeyRingSetup
{
    public static IHostApplicationBuilder AddEphemeralKeyRing(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<KeyManagementOptions>(options => options.XmlRepository = new EphemeralKeyRing());
        return builder;
    }
}
