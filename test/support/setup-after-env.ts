// Booting Nest, migrating and hashing passwords take longer than Jest's default 5 s on a busy CI machine.
jest.setTimeout(60_000);
