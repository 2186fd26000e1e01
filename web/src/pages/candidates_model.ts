// The candidates list without the DOM: its query, the URL that keeps it, and
// the count in words.

export type CandidateListParams = {
  q: string;
  stage: string;
  opening_id: string;
  limit: number;
};

// The list's path with the filters that are set (the page size is not kept).
export function candidateListPath(params: CandidateListParams): string {
  const kept = Object.entries({ q: params.q, stage: params.stage, opening_id: params.opening_id }).filter(([, value]) => value !== '');
  const query = new URLSearchParams(kept).toString();
  return `/candidates${query ? `?${query}` : ''}`;
}

export function candidateCount(total: number): string {
  return `${total} candidate${total === 1 ? '' : 's'}`;
}
