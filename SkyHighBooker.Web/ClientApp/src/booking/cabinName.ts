/** "premium_economy" → "Premium economy". */
export function cabinName(cabin: string): string {
  const words = cabin.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
