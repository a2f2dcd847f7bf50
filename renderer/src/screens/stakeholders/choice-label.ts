import type { TFunction } from 'i18next';
import type { ChoiceField } from '../../../../shared/stakeholders/value-matching';

/** A choice as the register shows it, in the interface language ("Medios de comunicación", never `media`). */
export function choiceLabel(t: TFunction, field: ChoiceField, id: string): string {
  return field === 'side' ? t(`vocab:side.${id}`) : t(`stakeholders:${field}.${id}`);
}
