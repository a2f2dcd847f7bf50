import { useMemo } from 'react';
import { DateField as AriaDateField, DateInput, DateSegment, Label, Text } from 'react-aria-components';
import { parseDate, type CalendarDate } from '@internationalized/date';

type Props = {
  label: string;
  /** "YYYY-MM-DD", or '' while not set. */
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  error?: string;
};

function toCalendarDate(iso: string): CalendarDate | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  try {
    return parseDate(iso);
  } catch {
    return null;
  }
}

/**
 * A date in a form that is submitted as a whole (a dialog, "add a day"): the
 * same locale-aware segments as DateField, without saving by itself. Gives
 * "YYYY-MM-DD", or '' once every segment is cleared.
 */
export function FormDateField({ label, value, onChange, required, error }: Props) {
  // A stable object per value: React Aria resets the segments when its value's identity changes.
  const date = useMemo(() => toCalendarDate(value), [value]);
  return (
    <AriaDateField className="field field-date" value={date} onChange={(next) => onChange(next ? next.toString() : '')} isRequired={required} isInvalid={error ? true : undefined} validationBehavior="aria" granularity="day" shouldForceLeadingZeros>
      <Label className="field-label">{label}</Label>
      <DateInput className="date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
      {error ? (
        <Text slot="errorMessage" className="error" role="alert">
          {error}
        </Text>
      ) : null}
    </AriaDateField>
  );
}
