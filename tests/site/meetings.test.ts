/**
 * The built meeting pages against the content: every agenda item, attendee,
 * apology, declaration, minuted paragraph, question, answer, action and action
 * update appears on its meeting's page at its anchor (see meeting-content.ts).
 */
import { siteDir } from '../browser/helpers.ts';
import { meetingSiteSuite } from './meeting-content.ts';

meetingSiteSuite(siteDir(), process.env['CONTENT_DIR']);
