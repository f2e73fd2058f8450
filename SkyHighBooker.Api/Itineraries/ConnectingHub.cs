using SkyHighBooker.Api.Flights;

namespace SkyHighBooker.Api.Itineraries;

/// <summary>
/// An airport a trip may connect at: its minimum connecting time for this trip, and how far it lies from the trip's
/// origin and destination (what the detour rule measures).
/// </summary>
public sealed record ConnectingHub(Airport Airport, int MinimumMinutes, double KmFromOrigin, double KmToDestination);
