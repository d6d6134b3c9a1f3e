/** The ways into the action tracker, as ViewNav items: all and by status (ActionTracker), by owner, by meeting. */
import { t } from '../i18n/i18n.ts';

export type ActionWay = 'status' | 'by-owner' | 'by-meeting';

export function actionViewsNav(current: ActionWay): { href: string; label: string; current: boolean }[] {
  return [
    { href: '/actions/', label: t('actions.ways.status'), current: current === 'status' },
    { href: '/actions/by-owner/', label: t('actions.ways.byOwner'), current: current === 'by-owner' },
    { href: '/actions/by-meeting/', label: t('actions.ways.byMeeting'), current: current === 'by-meeting' },
  ];
}
