import type { TimelineEntry } from '../api/timelineEntry.js';

// The timeline as text files: Markdown for a report, CSV for a spreadsheet. `kg timeline` and
// the page's export buttons both call these, so the files are the same from either.

/** "2017-10-08..13", "2017-11-21..2017-12-02", "2017-10", "undated" */
export function formatDateRange(start: string | null, end: string | null): string {
  if (!start) return 'undated';
  if (!end || end === start) return start;
  if (start.length === 10 && end.length === 10 && start.slice(0, 7) === end.slice(0, 7)) return `${start}..${end.slice(8)}`;
  return `${start}..${end}`;
}

export function participantsText(item: TimelineEntry): string {
  return item.participants.map((p) => (p.roles.length ? `${p.name} (${p.roles.join(', ')})` : p.name)).join('; ');
}

function sourceText(item: TimelineEntry): string {
  const s = item.sources[0];
  if (!s) return '';
  if (s.citation && !s.briefing) return s.citation;
  return [s.briefing, s.quote ? `“${s.quote}”` : null].filter(Boolean).join(': ');
}

function markdownCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

export function renderMarkdown(title: string, items: readonly TimelineEntry[]): string {
  const lines = [`# ${title}`, '', '| date | event | kind | place | participants | source |', '|---|---|---|---|---|---|'];
  for (const e of items) {
    const name = e.nameEn ? `${e.name} (${e.nameEn})` : e.name;
    lines.push(`| ${[formatDateRange(e.startDate, e.endDate), name, e.kind ?? '', e.places.join(', '), participantsText(e), sourceText(e)].map(markdownCell).join(' | ')} |`);
  }
  if (items.length === 0) lines.push('', '_No events._');
  return lines.join('\n') + '\n';
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(items: readonly TimelineEntry[]): string {
  const header = ['start_date', 'end_date', 'date_precision', 'event_id', 'event', 'event_en', 'kind', 'places', 'participants', 'briefing', 'quote'];
  const rows = items.map((e) => [
    e.startDate ?? '',
    e.endDate ?? '',
    e.datePrecision ?? '',
    e.id,
    e.name,
    e.nameEn ?? '',
    e.kind ?? '',
    e.places.join('; '),
    participantsText(e),
    e.sources[0]?.briefing ?? e.sources[0]?.citation ?? '',
    e.sources[0]?.quote ?? '',
  ]);
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}
