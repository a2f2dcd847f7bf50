import { useTranslation } from 'react-i18next';

/** Cancel and the form's own submit button, at the foot of a dialog's form. */
export function FormFooter({ submitLabel, onCancel }: { submitLabel: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="modal-footer">
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="submit" className="primary">
        {submitLabel}
      </button>
    </div>
  );
}
