export { formatDuration } from './duration';
export { formatPrice } from './money';
export {
  parseAirportDateTime,
  formatAirportTime,
  formatAirportDate,
  localDayDifference,
  formatDayDifference,
  type AirportDateTime,
} from './airportTime';
export { localDateAfter } from './calendar';
