namespace SkyHighBooker.RouteMaps;

/// <summary>A place on the globe in degrees: latitude −90…90 (north positive), longitude −180…180 (east positive).</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude);

/// <summary>An airport as a route map shows it: a dot and its IATA code.</summary>
public sealed record MapAirport(string Code, GeoPoint Location);
