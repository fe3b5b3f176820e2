// A browser walking a whole flow through the real app takes far longer than Jest's default 5 s.
jest.setTimeout(120_000);
