import { useEffect, useState } from 'react';
import { useDb } from '../../db/db-context';
import { readBlob } from '../../attachments/blob-store';

/** An object URL for stored bytes, revoked when no longer shown; 'missing' when not on this device, 'corrupt' when the hash fails. */
export function useBlobUrl(sha256: string): string | 'missing' | 'corrupt' | undefined {
  const db = useDb();
  const [url, setUrl] = useState<string | 'missing' | 'corrupt' | undefined>();
  useEffect(() => {
    let made: string | undefined;
    let live = true;
    readBlob(db, sha256).then(
      (row) => {
        if (!live) return;
        if (!row) return setUrl('missing');
        made = URL.createObjectURL(new Blob([row.bytes], { type: row.mimeType }));
        setUrl(made);
      },
      () => live && setUrl('corrupt'),
    );
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [db, sha256]);
  return url;
}
