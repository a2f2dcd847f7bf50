import type { FollowUp } from './report';

/** Past its due date and neither done nor dropped. */
export function isOverdue(f: Pick<FollowUp, 'due' | 'status' | 'deleted'>, today: string): boolean {
  return !f.deleted && f.due !== null && f.due < today && (f.status === 'open' || f.status === 'in-progress');
}

/** Overdue first, then by due date (undated last), so what needs chasing is on top. */
export function sortFollowUps<T extends Pick<FollowUp, 'due' | 'status' | 'deleted' | 'id'>>(items: readonly T[], today: string): T[] {
  return [...items].sort(
    (a, b) =>
      Number(isOverdue(b, today)) - Number(isOverdue(a, today)) ||
      (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
      a.id.localeCompare(b.id),
  );
}
