import { useTranslation } from 'react-i18next';

type Props = { variant?: 'pairing' | 'plain' };

/**
 * The shape of a screen while its code or its records load: a title, the
 * pairing's tabs and a few cards in grey, instead of an empty area that makes
 * the window look broken for the best part of a second.
 */
export function ScreenSkeleton({ variant = 'pairing' }: Props) {
  const { t } = useTranslation();
  return (
    <main className="screen skeleton" aria-busy="true" aria-label={t('app.loading')}>
      <div className="skeleton-line skeleton-back" />
      <div className="skeleton-line skeleton-title" />
      {variant === 'pairing' ? <div className="skeleton-line skeleton-tabs" /> : null}
      <div className="skeleton-card" />
      <div className="skeleton-card skeleton-card-tall" />
      <div className="skeleton-card" />
    </main>
  );
}
