import { useMemo } from 'react';
import { DateField as AriaDateField, DateInput, DateSegment, Label, Text, useLocale } from 'react-aria-components';
import { parseDate, type CalendarDate } from '@internationalized/date';
import { useLiveWhenIdle, useReachedFocus, type Reached } from './live-when-idle';
import { FieldStandIn } from './FieldStandIn';
import { dateParts } from './stand-in-text';

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
export function FormDateField(props: Props) {
  const { locale } = useLocale();
  const date = toCalendarDate(props.value);
  // As DateField: a set date shows a stand-in until idle time or until reached (live-when-idle.ts).
  const { live, reached, goLive } = useLiveWhenIdle(date !== null && !props.error);
  if (!live && date) return <FieldStandIn className="field field-date" label={props.label} parts={dateParts(date.toString(), locale)} onReach={goLive} />;
  return <LiveFormDateField {...props} reached={reached} />;
}

function LiveFormDateField({ label, value, onChange, required, error, reached }: Props & { reached: Reached | null }) {
  const focus = useReachedFocus(reached);
  // A stable object per value: React Aria resets the segments when its value's identity changes.
  const date = useMemo(() => toCalendarDate(value), [value]);
  return (
    <AriaDateField
      className="field field-date"
      value={date}
      onChange={(next) => onChange(next ? next.toString() : '')}
      isRequired={required}
      isInvalid={error ? true : undefined}
      validationBehavior="aria"
      granularity="day"
      shouldForceLeadingZeros
      {...focus}
    >
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
