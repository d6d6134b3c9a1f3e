/** The page of a person (no imports: open data written outside Vite links to it too). */
export const personUrl = (id: string): string => `/people/${id}/`;
