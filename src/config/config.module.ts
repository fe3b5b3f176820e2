import { Global, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { Environment, validateEnvironment } from './environment';

/** Makes the validated `Environment` injectable everywhere as a typed object. */
@Global()
@Module({
  imports: [ConfigModule.forRoot({ validate: validateEnvironment, cache: true })],
  providers: [
    {
      provide: Environment,
      // ConfigService is injected so that a `.env` file has been loaded into process.env first.
      inject: [ConfigService],
      useFactory: () => validateEnvironment(process.env),
    },
  ],
  exports: [Environment],
})
export class AppConfigModule {}
