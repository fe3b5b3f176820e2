import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { isEmail } from 'class-validator';
import { AppModule } from './app.module';
import { environmentOrExit } from './bootstrap-env';
import { parseFlags, required, UsageError } from './cli/arguments';
import { seedDemo } from './cli/seed-demo';
import { Role } from './identity/roles';
import { StockVerifyService } from './inventory/services/stock-verify.service';
import { MIN_PASSWORD_LENGTH } from './identity/services/password-hasher';
import { UserService } from './identity/services/user.service';

const USAGE = `Usage: npm run cli -- <command> [flags]

Commands:
  create-admin --email EMAIL --password PASSWORD [--name NAME]
      Create the first admin, or reset that admin's password and roles.
  seed-demo
      Load the demo data set (warehouse and bins, suppliers, products, one user per role).
  stock:verify
      Replay the stock ledger and compare it with the balances; exits 1 on any mismatch.
`;

type Command = (app: INestApplicationContext, flags: Record<string, string>) => Promise<void>;

const commands: Record<string, Command> = {
  'create-admin': async (app, flags) => {
    const email = required(flags, 'email');
    const password = required(flags, 'password');
    if (!isEmail(email)) throw new UsageError(`--email "${email}" is not an e-mail address`);
    if (password.length < MIN_PASSWORD_LENGTH) throw new UsageError(`--password must be at least ${MIN_PASSWORD_LENGTH} characters`);
    const user = await app.get(UserService).upsert({ email, password, name: flags.name ?? 'Administrator', roles: [Role.Admin] });
    console.log(`Admin ${user.email} is ready (id ${user.id}).`);
  },
  'seed-demo': async (app) => {
    const summary = await seedDemo(app);
    console.log(summary);
  },
  'stock:verify': async (app) => {
    const result = await app.get(StockVerifyService).verify();
    console.log(`${result.balanceRows} balance rows, ${result.movements} movements: ${result.consistent ? 'consistent' : `${result.mismatches.length} mismatch(es)`}`);
    for (const m of result.mismatches) console.log(JSON.stringify(m));
    if (!result.consistent) process.exitCode = 1;
  },
};

async function main(): Promise<void> {
  const [name, ...rest] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(name ? `Unknown command "${name}".\n\n${USAGE}` : USAGE);
    process.exit(64); // EX_USAGE
  }
  const flags = parseFlags(rest);
  environmentOrExit();
  const app = await NestFactory.createApplicationContext(AppModule.register({ runWorkers: false }), { logger: ['error', 'warn'] });
  try {
    await command(app, flags);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? `${error.message}\n\n${USAGE}` : error);
  process.exit(error instanceof UsageError ? 64 : 1);
});
