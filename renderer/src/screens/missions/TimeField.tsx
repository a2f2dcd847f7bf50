import { useMemo } from 'react';
import { DateInput, DateSegment, Label, Text, TimeField as AriaTimeField, useLocale } from 'react-aria-components';
import { Time } from '@internationalized/date';
import { useAutosave } from '../../components/fields/useAutosave';
import { fieldErrorText } from '../../components/fields/useFieldErrorText';
import { useLiveWhenIdle, useReachedFocus, type Reached } from '../../components/fields/live-when-idle';
import { FieldStandIn } from '../../components/fields/FieldStandIn';
import { timeParts } from '../../components/fields/stand-in-text';

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function toTime(value: string): Time | null {
  const m = HH_MM.exec(value);
  return m ? new Time(Number(m[1]), Number(m[2])) : null;
}

function toHhMm(time: Time): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

/**
 * A wall-clock time ("09:30") that saves itself when changed. The clock is the
 * interface language's (24-hour in Spanish, Portuguese and Ponte's English),
 * from the I18nProvider of AriaLocale, never the browser's AM/PM.
 */
type Props = { label: string; value: string; onSave: (value: string) => Promise<void> };

export function TimeField(props: Props) {
  const { locale } = useLocale();
  const valid = HH_MM.test(props.value);
  const { live, reached, goLive } = useLiveWhenIdle(valid);
  if (!live && valid) return <FieldStandIn className="field missions-time" label={props.label} parts={timeParts(props.value, locale)} onReach={goLive} />;
  return <LiveTimeField {...props} reached={reached} />;
}

function LiveTimeField({ label, value, onSave, reached }: Props & { reached: Reached | null }) {
  const focus = useReachedFocus(reached);
  const { draft, error, change, flush } = useAutosave(value, onSave);
  const message = fieldErrorText(error);
  // A stable object per draft: React Aria resets the segments when its value's identity changes.
  const time = useMemo(() => toTime(draft), [draft]);
  return (
    <AriaTimeField
      className="field missions-time"
      value={time}
      onChange={(next) => change(next ? toHhMm(next) : '')}
      onBlur={() => void flush()}
      isInvalid={message ? true : undefined}
      validationBehavior="aria"
      granularity="minute"
      shouldForceLeadingZeros
      {...focus}
    >
      <Label className="field-label">{label}</Label>
      <DateInput className="date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
      {message ? (
        <Text slot="errorMessage" className="error" role="alert">
          {message}
        </Text>
      ) : null}
    </AriaTimeField>
  );
}
