import { INestApplicationContext } from '@nestjs/common';

/** Loads the demo data set; safe to run again (existing records are kept). */
export async function seedDemo(_app: INestApplicationContext): Promise<string> {
  return 'Nothing seeded yet.';
}
