import { ValueTransformer } from 'typeorm';

/** `bigint` money columns come back from the driver as strings; amounts written stay within safe integers. */
export const minorUnits: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** `numeric` rates come back as strings. */
export const decimal: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
