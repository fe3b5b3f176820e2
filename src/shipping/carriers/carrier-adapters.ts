import { Inject, Injectable } from '@nestjs/common';
import { CARRIER_ADAPTERS, CarrierAdapter } from './carrier-adapter';

/** Finds the adapter a carrier names. */
@Injectable()
export class CarrierAdapters {
  private readonly byKey: ReadonlyMap<string, CarrierAdapter>;

  constructor(@Inject(CARRIER_ADAPTERS) adapters: CarrierAdapter[]) {
    this.byKey = new Map(adapters.map((adapter) => [adapter.key, adapter]));
  }

  keys(): string[] {
    return [...this.byKey.keys()];
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  get(key: string): CarrierAdapter {
    const adapter = this.byKey.get(key);
    // Carriers are validated against keys() when saved, so this means an adapter was removed from the code.
    if (!adapter) throw new Error(`No carrier adapter "${key}" is registered`);
    return adapter;
  }
}
