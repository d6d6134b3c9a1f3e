/** Small schema-valid fixtures for the meeting-page unit tests (parsed through the real schemas). */
import type { z } from 'astro/zod';
import { meetingSchema } from '../../src/schemas/meetings.ts';
import { questionSchema } from '../../src/schemas/questions.ts';
import { actionSchema } from '../../src/schemas/actions.ts';

type MeetingInput = z.input<typeof meetingSchema>;

export function meeting(id: string, data: Partial<MeetingInput> = {}) {
  const dateFromId = /^(\d{4}-\d{2}-\d{2})-/.exec(id)?.[1];
  const parsed = meetingSchema.parse({
    body: 'pcc-accountability-meeting',
    status: 'scheduled',
    papers: {},
    date: dateFromId ? { kind: 'exact', date: dateFromId } : { kind: 'not-stated', evidence: 'fixture' },
    ...data,
  });
  return { id, data: parsed };
}

export function question(id: string, data: Record<string, unknown>) {
  return {
    id,
    data: questionSchema.parse({
      kind: 'pcc',
      minuteSection: 'item-5',
      section: '5. Pillar 1',
      question: ['Q?'],
      sources: [{ doc: '004_d32a210fd6fbcf1e', line: 100 }],
      ...data,
    }),
  };
}

export function action(id: string, data: Record<string, unknown>) {
  return {
    id,
    data: actionSchema.parse({
      series: 'pam-2024',
      owner: 'The CC',
      text: 'The CC is to look into it.',
      status: 'new',
      sources: [{ doc: '001_1defd7e170de073f', line: 171 }],
      ...data,
    }),
  };
}
