import type { useStation } from './use-station';

/** What a flow uses of its station: report a result, send a scan through the offline queue. */
export type StationApi = Pick<ReturnType<typeof useStation>, 'report' | 'send'>;
