/** Incoterms 2020: the eleven rules. */
export const INCOTERMS = ['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF'] as const;
export type Incoterm = (typeof INCOTERMS)[number];

/** FAS, FOB, CFR and CIF transfer risk at a ship's rail or alongside it: sea and inland waterway only. */
export const SEA_ONLY_INCOTERMS: ReadonlySet<Incoterm> = new Set(['FAS', 'FOB', 'CFR', 'CIF']);

export enum TransportMode {
  Sea = 'sea',
  Air = 'air',
  Road = 'road',
  Rail = 'rail',
}

export function isIncoterm(value: unknown): value is Incoterm {
  return typeof value === 'string' && (INCOTERMS as readonly string[]).includes(value);
}

/**
 * Why an incoterm does not fit the transport mode, or null when it does (or the mode is not known
 * yet). FCA is the usual replacement for FOB on air and container shipments.
 */
export function incotermModeProblem(incoterm: Incoterm, mode: TransportMode | null): string | null {
  if (!mode || mode === TransportMode.Sea || !SEA_ONLY_INCOTERMS.has(incoterm)) return null;
  return `incoterm ${incoterm} is for sea and inland waterway transport only; for ${mode} use FCA, CPT, CIP, DAP, DPU or DDP`;
}
