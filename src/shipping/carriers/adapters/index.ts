import { Provider } from '@nestjs/common';
import { CARRIER_ADAPTERS, CarrierAdapter } from '../carrier-adapter';
import { PostalAdapter } from './postal/postal.adapter';
import { SandboxAdapter } from './sandbox/sandbox.adapter';

/** Every adapter class; a new carrier integration is one folder here and one entry in this list. */
const ADAPTERS = [PostalAdapter, SandboxAdapter];

export const CARRIER_ADAPTER_PROVIDERS: Provider[] = [
  ...ADAPTERS,
  { provide: CARRIER_ADAPTERS, inject: ADAPTERS, useFactory: (...adapters: CarrierAdapter[]) => adapters },
];
