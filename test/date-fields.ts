import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

// React Aria's date and time fields are groups of segments, not inputs:
// tests type into them segment by segment, as a user does, whatever order the
// interface language puts the segments in.

/** The date or time field labelled `label` (a role="group"), optionally inside `container`. */
export function dateFieldGroup(label: string | RegExp, container: HTMLElement = document.body): HTMLElement {
  return within(container).getByRole('group', { name: label });
}

async function typeSegments(group: HTMLElement, parts: Record<string, string>) {
  const user = userEvent.setup();
  for (const segment of within(group).getAllByRole('spinbutton')) {
    const digits = parts[segment.dataset.type ?? ''];
    if (digits === undefined) continue;
    await user.click(segment);
    await user.keyboard(digits);
  }
  // Leaving the field saves it at once, as a user tabbing on does.
  await act(async () => {
    fireEvent.blur(within(group).getAllByRole('spinbutton').at(-1)!, { relatedTarget: document.body });
  });
}

/** Types a "YYYY-MM-DD" into a date field. */
export async function typeDate(field: string | RegExp | HTMLElement, iso: string): Promise<HTMLElement> {
  const group = field instanceof HTMLElement ? field : dateFieldGroup(field);
  const [year, month, day] = iso.split('-') as [string, string, string];
  await typeSegments(group, { year, month, day });
  return group;
}

/** Types an "HH:MM" into a time field. */
export async function typeTime(field: string | RegExp | HTMLElement, hhmm: string): Promise<HTMLElement> {
  const group = field instanceof HTMLElement ? field : dateFieldGroup(field);
  const [hour, minute] = hhmm.split(':') as [string, string];
  await typeSegments(group, { hour, minute });
  return group;
}

