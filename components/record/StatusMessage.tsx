export interface Status {
  kind: 'success' | 'error' | 'info';
  text: string;
}

/** The result of the last action, announced to screen readers. */
export function StatusMessage({ status }: { status: Status | null }) {
  return (
    <div className="rec-status no-print" role="status" aria-live="polite">
      {status ? <p className={`rec-body rec-status-${status.kind}`}>{status.text}</p> : null}
    </div>
  );
}
