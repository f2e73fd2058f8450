// The bucket's public prefixes, served from the site's own origin (CloudFront on AWS, the Web's proxy locally), so the
// same relative URL works everywhere. Keys are made as the Api's PublicAssetCatalog makes them.

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
