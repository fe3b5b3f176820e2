import { useEffect, useState } from 'react';
import { api, Schemas } from '../api/client';
import { unwrap } from '../api/problem';

const STORAGE_KEY = 'wms.warehouse';
const CACHE_KEY = 'wms.warehouses';

export type Warehouse = Schemas['WarehouseDto'];

/** The warehouse a station works in; remembered per device, and kept offline from the last list. */
export function useWarehouse() {
  const [warehouses, setWarehouses] = useState<Warehouse[]>(() => JSON.parse(localStorage.getItem(CACHE_KEY) ?? '[]') as Warehouse[]);
  const [selectedId, setSelectedId] = useState(() => localStorage.getItem(STORAGE_KEY));

  useEffect(() => {
    api
      .GET('/api/v1/warehouses', { params: { query: { active: true, limit: 100 } } })
      .then((r) => {
        const list = unwrap(r).items;
        localStorage.setItem(CACHE_KEY, JSON.stringify(list));
        setWarehouses(list);
      })
      .catch(() => undefined);
  }, []);

  const warehouse = warehouses.find((w) => w.id === selectedId) ?? warehouses[0];
  return {
    warehouses,
    warehouse,
    select(id: string) {
      localStorage.setItem(STORAGE_KEY, id);
      setSelectedId(id);
    },
  };
}
