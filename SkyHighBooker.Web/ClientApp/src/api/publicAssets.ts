// The bucket's public prefixes, served from the site's own origin (CloudFront on AWS, the Web's proxy locally), so the
// same relative URL works everywhere. Keys are made as the Api's PublicAssetCatalog and the Worker's RouteMapPublisher
// make them.

/** A flight number starts with its airline's two-character IATA code: "6E123" → /static/airline-logos/6E.svg. */
export function airlineLogoUrl(flightNumber: string): string {
  return `/static/airline-logos/${encodeURIComponent(flightNumber.slice(0, 2).toUpperCase())}.svg`;
}

/** "Boeing 787-9" → /flights/aircraft-images/boeing-787-9.svg */
export function aircraftImageUrl(aircraft: string): string {
  const slug = aircraft
    .toLowerCase()
    .split(/[ /.]+/)
    .filter(Boolean)
    .join('-');
  return `/flights/aircraft-images/${encodeURIComponent(slug)}.svg`;
}

/** The great-circle map of a route, one per direction: JFK → LHR is /flights/route-maps/JFK-LHR.svg */
export function routeMapUrl(from: string, to: string): string {
  const code = (airport: string) => encodeURIComponent(airport.trim().toUpperCase());
  return `/flights/route-maps/${code(from)}-${code(to)}.svg`;
}

/** The app's own logo. */
export const siteLogoUrl = '/static/app-assets/site-logo.svg';
