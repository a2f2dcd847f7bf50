import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SIDES, type Side } from '../../../../shared/model/vocabularies';
import { ENGAGEMENT_LEVELS, STAKEHOLDER_GROUPS, type EngagementLevel, type StakeholderGroup } from '../../../../shared/stakeholders/vocabularies';
import { NO_FILTERS, type StakeholderFilters } from '../../../../shared/stakeholders/search';

type Props = { filters: StakeholderFilters; tags: readonly string[]; onChange: (filters: StakeholderFilters) => void };

/** Search as you type, and filters by side, group, engagement and tag. */
export function StakeholderFiltersBar({ filters, tags, onChange }: Props) {
  const { t } = useTranslation('stakeholders');
  const id = useId();
  const set = (patch: Partial<StakeholderFilters>) => onChange({ ...filters, ...patch });
  const select = <T extends string>(key: 'side' | 'group' | 'engagement' | 'tag', options: readonly { value: T; label: string }[]) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{t(`filter.${key}`)}</label>
      <select id={`${id}-${key}`} value={filters[key]} onChange={(e) => set({ [key]: e.target.value } as Partial<StakeholderFilters>)}>
        <option value="">{t('filter.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const active = filters.query || filters.side || filters.group || filters.engagement || filters.tag;
  return (
    <div className="stakeholders-filters" role="search">
      <div className="field grow">
        <label htmlFor={`${id}-q`}>{t('search')}</label>
        <input id={`${id}-q`} type="search" dir="auto" value={filters.query} placeholder={t('searchPlaceholder')} onChange={(e) => set({ query: e.target.value })} />
      </div>
      {select<Side>('side', SIDES.map((s) => ({ value: s, label: t(`vocab:side.${s}`) })))}
      {select<StakeholderGroup>('group', STAKEHOLDER_GROUPS.map((g) => ({ value: g, label: t(`group.${g}`) })))}
      {select<EngagementLevel>('engagement', ENGAGEMENT_LEVELS.map((g) => ({ value: g, label: t(`engagement.${g}`) })))}
      {select<string>('tag', tags.map((tag) => ({ value: tag, label: tag })))}
      {active ? (
        <button type="button" className="link" onClick={() => onChange(NO_FILTERS)}>
          {t('clearFilters')}
        </button>
      ) : null}
    </div>
  );
}
