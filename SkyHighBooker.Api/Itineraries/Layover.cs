namespace SkyHighBooker.Api.Itineraries;

/// <summary>Time on the ground between two legs at the airport where the first lands and the next leaves.</summary>
public sealed record Layover(string Airport, int Minutes);
