import type { Locator } from 'playwright-core';

// React Aria's date and time fields are a group of segments (role="spinbutton"),
// not an <input>: a test types into each segment as a user does, in whatever
// order the interface language puts them.

async function typeSegments(group: Locator, parts: Record<string, string>): Promise<void> {
  const segments = group.getByRole('spinbutton');
  // A field with a value first shows a stand-in without segments until idle time (live-when-idle.ts):
  // count them only once the field is live, or nothing is typed.
  await segments.first().waitFor();
  const count = await segments.count();
  for (let i = 0; i < count; i++) {
    const segment = segments.nth(i);
    const digits = parts[(await segment.getAttribute('data-type')) ?? ''];
    if (digits === undefined) continue;
    await segment.click();
    await segment.pressSequentially(digits);
  }
  // Leaving the field saves it at once.
  await segments.last().blur();
}

/** Types a "YYYY-MM-DD" into a date field (the group named by its label). */
export async function fillDate(group: Locator, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  await typeSegments(group, { year, month, day });
}

/** Types an "HH:MM" into a time field. */
export async function fillTime(group: Locator, hhmm: string): Promise<void> {
  const [hour, minute] = hhmm.split(':') as [string, string];
  await typeSegments(group, { hour, minute });
}

/** What a date or time field shows ("01/02/2026", "14:30"), without the invisible direction marks around it. */
export async function fieldText(group: Locator): Promise<string> {
  return ((await group.textContent()) ?? '').replace(/[\u200e\u2066-\u2069]/g, '');
}
