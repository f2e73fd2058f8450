namespace SkyHighBooker.Api.Infrastructure.Seeding;

/// <summary>FNV-1a: string.GetHashCode is randomised per process, and the seed must be the same on every run.</summary>
internal static class StableHash
{
    public static int Of(params object[] parts)
    {
        unchecked
        {
            uint hash = 2166136261;
            foreach (var c in string.Join('|', parts))
            {
                hash = (hash ^ c) * 16777619;
            }
            return (int)(hash & 0x7FFFFFFF);
        }
    }
}
