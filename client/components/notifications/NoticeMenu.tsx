import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../hooks/use-prefs';
import { formatDate } from '../../lib/format';
import { trpc } from '../../trpc';
import { AppLink } from '../ui/AppLink';
import './notices.css';

/** How often the unread count is asked for while a page is open (and again when the window regains focus). */
const POLL_MS = 60_000;
const SHOWN = 10;

/**
 * The header's notification button for a signed-in person (rendered only then, so visitors never
 * poll): the unread count in its name and on a badge, and a panel with the latest notices, each
 * opening its page (the indicator's form, the review queue, the meeting pack) and marked read when
 * opened. A disclosure, not a menu: Tab moves through it, Escape or a click elsewhere closes it.
 */
export function NoticeMenu() {
  const { t, lang, cal } = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const queryClient = useQueryClient();
  const input = { limit: SHOWN, offset: 0, language: lang };
  const notices = useQuery({ ...trpc.notification.mine.queryOptions(input), refetchInterval: POLL_MS, refetchOnWindowFocus: true });
  const markRead = useMutation(
    trpc.notification.markRead.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.notification.mine.queryKey() }),
    }),
  );
  const unread = notices.data?.unread ?? 0;

  // A click outside the open panel closes it.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    // The header's own Escape (the phone menu) must not also act.
    e.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };

  const rows = notices.data?.rows ?? [];
  const count = unread > 99 ? '99+' : String(unread);
  return (
    <div className="notices" ref={root} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="notices-button"
        aria-expanded={open}
        aria-controls={panelId}
        // Until the first answer the count is unknown, not zero.
        aria-busy={notices.isPending}
        // The badge's count stands in the name as its own word (WCAG 2.5.3, axe label-content-name-mismatch).
        aria-label={unread ? t('notice.buttonUnread', { n: count }) : t('notice.button')}
        onClick={() => {
          // Opening shows the latest, not what the last poll saw.
          if (!open) void notices.refetch();
          setOpen(!open);
        }}
      >
        <svg className="notices-bell" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
        </svg>
        {unread ? (
          <span className="notices-badge" aria-hidden="true">
            {count}
          </span>
        ) : null}
      </button>
      <div id={panelId} className="notices-panel" hidden={!open} role="region" aria-label={t('notice.title')}>
        <div className="notices-head">
          <h2>{t('notice.title')}</h2>
          {unread ? (
            <button type="button" className="btn btn-secondary" onClick={() => markRead.mutate({ all: true })} disabled={markRead.isPending}>
              {t('notice.markAll')}
            </button>
          ) : null}
        </div>
        {notices.isError ? (
          <p className="notices-empty" role="alert">
            {t('notice.error')}
          </p>
        ) : rows.length === 0 ? (
          <p className="notices-empty">{notices.isPending ? t('notice.loading') : t('notice.empty')}</p>
        ) : (
          <ul className="notices-list">
            {rows.map((n) => (
              <li key={n.id} className={n.readAt ? 'read' : 'unread'}>
                <AppLink
                  to={n.path}
                  onClick={() => {
                    if (!n.readAt) markRead.mutate({ ids: [n.id] });
                    setOpen(false);
                  }}
                >
                  {n.readAt ? null : <span className="sr-only">{t('notice.unread')}: </span>}
                  <span className="notices-title">{n.title}</span>
                  {n.comment ? <span className="notices-detail">“{n.comment}”</span> : null}
                  {n.summary ? <span className="notices-detail">{n.summary}</span> : null}
                  <span className="notices-date">{formatDate(n.createdAt, lang, cal)}</span>
                </AppLink>
              </li>
            ))}
          </ul>
        )}
        {notices.data && notices.data.total > rows.length ? <p className="notices-more small">{t('notice.more', { n: notices.data.total - rows.length })}</p> : null}
      </div>
    </div>
  );
}
