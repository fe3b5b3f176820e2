import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Environment } from '../../config/environment';
import { dataSourceOptions } from './data-source-options';
import { EmbeddedPostgresService } from './embedded-postgres.service';
import { Transactions } from './transactions.service';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      extraProviders: [EmbeddedPostgresService],
      inject: [Environment, EmbeddedPostgresService],
      useFactory: async (env: Environment, embedded: EmbeddedPostgresService) => {
        const url = env.DATABASE_URL ?? (await embedded.start(env.DATA_DIR));
        return {
          ...dataSourceOptions(url, {
            migrationsRun: env.DB_RUN_MIGRATIONS,
            extra: { max: env.DB_POOL_SIZE },
            logging: ['warn', 'migration'],
          }),
          entities: undefined,
          autoLoadEntities: true,
        };
      },
    }),
  ],
  providers: [Transactions],
  exports: [Transactions],
})
export class DatabaseModule {}
