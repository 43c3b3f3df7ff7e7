import { Download, Upload } from 'lucide-react';
import { useRef, useState, type ChangeEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/error-message';
import { useAccess } from '@/lib/access';
import { useDates } from '@/lib/time-settings';
import { useExportRoles } from '../api/export-roles';
import { useImportRoles } from '../api/import-roles';
import type { RoleExport } from '../api/types';

function download(data: unknown, filename: string) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}

/** Export every role definition as JSON (manage_roles); import a file (manage_permissions). */
export function RolesTransfer() {
  const access = useAccess();
  const dates = useDates();
  const exporter = useExportRoles();
  const importer = useImportRoles();
  const input = useRef<HTMLInputElement>(null);
  const [parseError, setParseError] = useState<string | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setParseError(null);
    importer.reset();
    let body: RoleExport;
    try {
      body = JSON.parse(await file.text()) as RoleExport;
    } catch {
      setParseError(`${file.name} is not a JSON file.`);
      return;
    }
    importer.mutate(body);
  };

  const result = importer.data;
  if (!access.can('manage_roles') && !access.can('manage_permissions')) return null;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {access.can('manage_roles') ? (
          <Button
            variant="secondary"
            disabled={exporter.isPending}
            onClick={() =>
              exporter.mutate(undefined, {
                onSuccess: (data) => download(data, `timekeeper-roles-${dates.today()}.json`),
              })
            }
          >
            <Download aria-hidden="true" className="mr-1.5 size-4" /> {exporter.isPending ? 'Exporting…' : 'Export JSON'}
          </Button>
        ) : null}
        {access.can('manage_permissions') ? (
          <>
            <input
              ref={input}
              type="file"
              accept="application/json,.json"
              className="sr-only"
              tabIndex={-1}
              aria-hidden="true"
              onChange={onFile}
            />
            <Button variant="secondary" disabled={importer.isPending} onClick={() => input.current?.click()}>
              <Upload aria-hidden="true" className="mr-1.5 size-4" /> {importer.isPending ? 'Importing…' : 'Import JSON'}
            </Button>
          </>
        ) : null}
      </div>
      {exporter.error ? <ErrorMessage error={exporter.error} title="Export failed" /> : null}
      {parseError ? (
        <Alert tone="error" title="Import failed">
          {parseError}
        </Alert>
      ) : null}
      {importer.error ? <ErrorMessage error={importer.error} title="Nothing was imported" /> : null}
      {result ? (
        <Alert tone="success" title="Roles imported">
          Created: {result.created.join(', ') || 'none'} · Updated: {result.updated.join(', ') || 'none'} · Unchanged:{' '}
          {result.unchanged.join(', ') || 'none'}
        </Alert>
      ) : null}
    </div>
  );
}
