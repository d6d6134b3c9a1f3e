/**
 * Site-wide configuration for one portal. A second force's portal changes
 * this file and `src/content`, nothing else.
 */
export const siteConfig = {
  /** Site name shown in the header and titles. */
  name: 'Norfolk Police Scrutiny',
  /** Who runs the portal's source papers. */
  publisher: 'Office of the Police and Crime Commissioner for Norfolk (OPCCN)',
  /** Absolute origin used for canonical URLs, the sitemap and feeds. Set SITE_URL when building for production. */
  url: process.env['SITE_URL'] ?? 'https://scrutiny.example.org',
  /** The office's contact details, as printed on every agenda. Interpolated into the multilingual notice. */
  office: {
    name: 'OPCCN',
    address: 'OPCCN, Building 7, Jubilee House, Falconers Chase, Wymondham, Norfolk NR18 0WW',
    phone: '01953 424455',
    /** The phone number written without a space, as the Arabic notice prints it. */
    phoneCompact: '01953424455',
    email: 'opccn@norfolk.police.uk',
  },
  /** UI language. */
  lang: 'en-GB',
  /** Time zone of every meeting. */
  timeZone: 'Europe/London',
} as const;
