import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { Environment } from '../../config/environment';
import { UserActor } from '../actor';
import { RefreshToken } from '../entities/refresh-token.entity';
import { User } from '../entities/user.entity';
import { invalidCredentials, invalidRefreshToken } from '../identity.errors';
import { AuditService } from './audit.service';
import { decoyHash, verifyPassword } from './password-hasher';
import { randomToken, sha256Hex } from './secret-tokens';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

interface AccessClaims {
  sub: string;
  typ: 'access';
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(RefreshToken) private readonly refreshTokens: Repository<RefreshToken>,
    private readonly jwt: JwtService,
    private readonly env: Environment,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  async login(email: string, password: string, requestId?: string): Promise<TokenPair> {
    const user = await this.users.findOneBy({ email: email.trim().toLowerCase() });
    const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
    if (!user || !ok || !user.active) {
      await this.audit.record({ actor: { kind: 'anonymous', label: email }, action: 'auth.login_failed', summary: { email }, requestId });
      throw invalidCredentials();
    }
    await this.users.update(user.id, { lastLoginAt: new Date() });
    const pair = await this.issue(user, randomUUID());
    await this.audit.record({
      actor: { kind: 'user', id: user.id, email: user.email, roles: user.roles },
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      requestId,
    });
    return pair;
  }

  /** Rotates a refresh token. Reuse of a rotated token revokes its whole family (it was stolen). */
  async refresh(token: string, requestId?: string): Promise<TokenPair> {
    const outcome = await this.transactions.run(async (em) => {
      const repo = em.getRepository(RefreshToken);
      const row = await repo.findOne({ where: { tokenHash: sha256Hex(token) }, lock: { mode: 'pessimistic_write' } });
      if (!row) return null;
      if (row.revokedAt) {
        await repo.update({ familyId: row.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
        return null;
      }
      if (row.expiresAt.getTime() <= Date.now()) return null;
      const user = await em.getRepository(User).findOneBy({ id: row.userId });
      if (!user?.active) return null;
      await repo.update(row.id, { revokedAt: new Date() });
      return { user, familyId: row.familyId };
    });
    if (!outcome) throw invalidRefreshToken();
    const { user } = outcome;
    await this.audit.record({ actor: { kind: 'user', id: user.id, email: user.email, roles: user.roles }, action: 'auth.refresh', entityType: 'user', entityId: user.id, requestId });
    return this.issue(user, outcome.familyId);
  }

  async logout(token: string, requestId?: string): Promise<void> {
    const row = await this.refreshTokens.findOneBy({ tokenHash: sha256Hex(token) });
    if (!row) return;
    await this.refreshTokens.update({ familyId: row.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await this.audit.record({ actor: { kind: 'system', id: 'session' }, action: 'auth.logout', entityType: 'user', entityId: row.userId, requestId });
  }

  /** Resolves a bearer access token to the current user; roles come from the database, not the token. */
  async authenticate(accessToken: string): Promise<UserActor | null> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(accessToken, { algorithms: ['HS256'] });
    } catch {
      return null;
    }
    if (claims.typ !== 'access') return null;
    const user = await this.users.findOneBy({ id: claims.sub });
    if (!user?.active) return null;
    return { kind: 'user', id: user.id, email: user.email, roles: user.roles };
  }

  private async issue(user: User, familyId: string): Promise<TokenPair> {
    const refreshToken = randomToken(32);
    await this.refreshTokens.insert({
      userId: user.id,
      familyId,
      tokenHash: sha256Hex(refreshToken),
      expiresAt: new Date(Date.now() + this.env.JWT_REFRESH_TTL_SECONDS * 1000),
      revokedAt: null,
    });
    const accessToken = await this.jwt.signAsync({ sub: user.id, typ: 'access' } satisfies AccessClaims, {
      expiresIn: this.env.JWT_ACCESS_TTL_SECONDS,
      algorithm: 'HS256',
    });
    return { accessToken, refreshToken, tokenType: 'Bearer', expiresIn: this.env.JWT_ACCESS_TTL_SECONDS };
  }
}
