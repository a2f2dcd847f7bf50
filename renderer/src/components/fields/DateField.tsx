import { useMemo } from 'react';
import { DateField as AriaDateField, DateInput, DateSegment, Label, Text, useLocale } from 'react-aria-components';
import { parseDate, type CalendarDate } from '@internationalized/date';
import { useAutosave } from './useAutosave';
import { fieldErrorText } from './useFieldErrorText';
import { useLiveWhenIdle, useReachedFocus, type Reached } from './live-when-idle';
import { FieldStandIn } from './FieldStandIn';
import { dateParts } from './stand-in-text';

type Props = {
  label: string;
  value: string | null;
  onSave: (value: string | null) => Promise<void>;
  required?: boolean;
  /** An error found elsewhere (e.g. on the other date of a range) to show here. */
  externalError?: string;
};

/**
 * A "YYYY-MM-DD" as React Aria's date; anything else is "not set". Not
 * isIsoDate: while a year is being typed the field holds years like 0002,
 * which Date.UTC would read as 1902.
 */
function toCalendarDate(iso: string | null): CalendarDate | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  try {
    return parseDate(iso);
  } catch {
    return null;
  }
}

/**
 * A calendar date ("YYYY-MM-DD"), empty meaning "not set". Its segments follow
 * the interface language (day/month/year in Spanish and Portuguese), not the
 * browser's, through the I18nProvider of AriaLocale. Saves a moment after the
 * typing stops and on blur, so the years 2, 20, 202 on the way to 2026 are not
 * written; clearing every segment saves "not set".
 */
export function DateField(props: Props) {
  const { locale } = useLocale();
  const date = toCalendarDate(props.value);
  // Empty or in error, it is live at once: a stand-in would have to copy React Aria's placeholder or message.
  const { live, reached, goLive } = useLiveWhenIdle(date !== null && !props.externalError);
  if (!live && date) return <FieldStandIn className="field field-date" label={props.label} required={props.required} parts={dateParts(date.toString(), locale)} onReach={goLive} />;
  return <LiveDateField {...props} reached={reached} />;
}

function LiveDateField({ label, value, onSave, required, externalError, reached }: Props & { reached: Reached | null }) {
  const focus = useReachedFocus(reached);
  const { draft, error, change, flush } = useAutosave<string | null>(value, onSave);
  const message = fieldErrorText(error) ?? externalError;
  // React Aria compares its value by identity: a new object on each render would reset a half-typed date.
  const date = useMemo(() => toCalendarDate(draft), [draft]);
  return (
    <AriaDateField
      className="field field-date"
      value={date}
      onChange={(next) => change(next ? next.toString() : null)}
      onBlur={() => void flush()}
      isRequired={required}
      isInvalid={message ? true : undefined}
      validationBehavior="aria"
      granularity="day"
      shouldForceLeadingZeros
      {...focus}
    >
      <Label className="field-label">
        {label}
        {required ? <span aria-hidden="true" className="required">*</span> : null}
      </Label>
      <DateInput className="date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
      {message ? (
        <Text slot="errorMessage" className="error" role="alert">
          {message}
        </Text>
      ) : null}
    </AriaDateField>
  );
}
