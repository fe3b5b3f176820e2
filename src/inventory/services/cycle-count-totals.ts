import { CycleCountTotalsDto, CycleCountValueDto } from '../api/cycle-count.dto';

/** What totals need of a line: its quantities and the declared value of one unit. */
export interface ValuedLine {
  expected: number;
  counted: number | null;
  unitValueMinor: number;
  currency: string;
}

/** Expected sums run over every line; counted and variance sums over the lines counted so far. */
export function totalsOf(lines: ValuedLine[]): CycleCountTotalsDto {
  const totals: CycleCountTotalsDto = { expectedUnits: 0, countedUnits: 0, varianceUnits: 0, value: [] };
  const byCurrency = new Map<string, CycleCountValueDto>();
  for (const line of lines) {
    let value = byCurrency.get(line.currency);
    if (!value) {
      value = { currency: line.currency, expectedMinor: 0, countedMinor: 0, varianceMinor: 0 };
      byCurrency.set(line.currency, value);
    }
    totals.expectedUnits += line.expected;
    value.expectedMinor += line.expected * line.unitValueMinor;
    if (line.counted === null) continue;
    totals.countedUnits += line.counted;
    totals.varianceUnits += line.counted - line.expected;
    value.countedMinor += line.counted * line.unitValueMinor;
    value.varianceMinor += (line.counted - line.expected) * line.unitValueMinor;
  }
  totals.value = [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
  return totals;
}
