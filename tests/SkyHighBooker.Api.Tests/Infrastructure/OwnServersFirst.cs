using Xunit.Abstractions;

[assembly: TestCollectionOrderer("SkyHighBooker.Api.Tests.Infrastructure.OwnServersFirst", "SkyHighBooker.Api.Tests")]

namespace SkyHighBooker.Api.Tests.Infrastructure;

/// <summary>
/// Test classes with servers of their own (no collection, such as <c>DatabaseOutageTests</c>) start first: the
/// collections of the <see cref="ApiFixture"/> wait for the shared template to be seeded, and these keep the other
/// core busy meanwhile.
/// </summary>
public sealed class OwnServersFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(collection => collection.CollectionDefinition is null ? 0 : 1);
}
