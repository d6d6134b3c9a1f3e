/**
 * What the languages page (/languages/) shows, worked out here so the .astro file only renders it:
 * the meetings whose papers print the multilingual notice, and for each language its names, its
 * wordings (the default and any variant the papers print) and which meetings print each.
 */
import { i18n } from '../i18n/i18n.ts';
import { meetingIndex } from '../meetings/index.ts';
import { meetingUrl } from '../meetings/meetings.ts';
import { keyPaths, languageNames, NOTICE_KEY, NOTICE_LANGUAGES, type NoticeLanguage } from './notice.ts';
import { siteConfig } from '../../site.config.ts';

export interface MeetingLink {
  href: string;
  title: string;
}

export interface LanguagesPage {
  /** The meetings whose papers print the notice. */
  printedOn: MeetingLink[];
  languages: {
    code: NoticeLanguage;
    english: string;
    native: string;
    /** The meetings printing the default wording, listed only when some meetings print a variant instead. */
    defaultPrintedOn: MeetingLink[] | undefined;
    /** The variant wordings, each with the meetings that print it. */
    variants: { key: string; printedOn: MeetingLink[] }[];
  }[];
  /** The office's contact, from the site settings. */
  phone: string;
  email: string;
}

export async function languagesPage(): Promise<LanguagesPage> {
  const index = await meetingIndex();
  const withNotice = index.ordered.filter((v) => v.entry.data.languageNotice);
  const link = (v: (typeof withNotice)[number]): MeetingLink => ({ href: meetingUrl(v.id), title: v.title });
  return {
    printedOn: withNotice.map(link),
    languages: NOTICE_LANGUAGES.map((code) => {
      const variants = keyPaths(i18n().getResourceBundle(code, 'notice')).filter((k) => k !== NOTICE_KEY);
      const users = withNotice.filter((v) => !v.entry.data.languageNoticeVariants[code]);
      return {
        code,
        ...languageNames(code),
        defaultPrintedOn: variants.length > 0 && users.length > 0 && users.length < withNotice.length ? users.map(link) : undefined,
        variants: variants.map((key) => ({ key, printedOn: withNotice.filter((v) => v.entry.data.languageNoticeVariants[code] === key).map(link) })),
      };
    }),
    phone: siteConfig.office.phone,
    email: siteConfig.office.email,
  };
}
