import { Global, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Environment } from '../config/environment';
import { AuditController } from './api/audit.controller';
import { AuthController } from './api/auth.controller';
import { PartnersController } from './api/partners.controller';
import { UsersController } from './api/users.controller';
import { AuditInterceptor } from './audit.interceptor';
import { ApiKey } from './entities/api-key.entity';
import { AuditEvent } from './entities/audit-event.entity';
import { Partner } from './entities/partner.entity';
import { RefreshToken } from './entities/refresh-token.entity';
import { User } from './entities/user.entity';
import { AccessGuard } from './guards/access.guard';
import { ApiKeyService } from './services/api-key.service';
import { AuditService } from './services/audit.service';
import { AuthService } from './services/auth.service';
import { resolveJwtSecret } from './services/jwt-secret';
import { PartnerService } from './services/partner.service';
import { UserService } from './services/user.service';

@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([User, RefreshToken, Partner, ApiKey, AuditEvent]),
    JwtModule.registerAsync({
      inject: [Environment],
      // A KeyObject, not the string: given a string, jsonwebtoken first tries (and fails) to parse it
      // as a public key on every verification, about 1 ms of CPU per request.
      useFactory: (env: Environment) => ({ secret: createSecretKey(Buffer.from(resolveJwtSecret(env))) }),
    }),
  ],
  controllers: [AuthController, UsersController, PartnersController, AuditController],
  providers: [
    AuthService,
    UserService,
    PartnerService,
    ApiKeyService,
    AuditService,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
  ],
  exports: [UserService, PartnerService, ApiKeyService, AuditService],
})
export class IdentityModule {}
