/** The locale the interface is written in; numbers and money follow it. */
export const displayLocale = 'en-US';
