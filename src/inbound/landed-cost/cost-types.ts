export enum CostType {
  Freight = 'freight',
  Insurance = 'insurance',
  Duty = 'duty',
  CustomsBrokerage = 'customs_brokerage',
  PortFees = 'port_fees',
  Handling = 'handling',
}

export enum AllocationMethod {
  Value = 'value',
  Quantity = 'quantity',
  GrossWeight = 'gross_weight',
  Volume = 'volume',
  /** Duty: rate per HS code × customs value of the lines under that code. */
  DutyByHs = 'duty_by_hs',
}

export enum CostStatus {
  /** A quote or an estimate; counts in the landed cost until the invoice arrives. */
  Estimated = 'estimated',
  /** Invoiced: the true-up replaced the estimate. */
  Actual = 'actual',
}

export const COST_TYPES = Object.values(CostType);
export const ALLOCATION_METHODS = Object.values(AllocationMethod);
export const COST_STATUSES = Object.values(CostStatus);
