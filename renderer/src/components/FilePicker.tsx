import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileUp } from 'lucide-react';

type Props = {
  label: string;
  accept?: string;
  multiple?: boolean;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
};

/**
 * A button and the chosen file's name, both in the interface language: the
 * browser's own file input says "Choose File / No file chosen" in the
 * browser's language, whatever Ponte's is. The input stays, hidden, for the
 * file dialog and for tests that hand it files.
 */
export function FilePicker({ label, accept, multiple, disabled, onFiles }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  return (
    <div className="file-picker">
      <input
        ref={input}
        type="file"
        hidden
        aria-label={label}
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          setChosen(files.map((f) => f.name));
          onFiles(files);
        }}
      />
      <button type="button" disabled={disabled} onClick={() => input.current?.click()}>
        <FileUp aria-hidden="true" size={16} />
        {label}
      </button>
      <span className="file-picker-name" dir="auto">
        {chosen.length === 0 ? t('file.none') : t('file.chosen', { count: chosen.length, name: chosen[0] })}
      </span>
    </div>
  );
}
