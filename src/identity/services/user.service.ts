import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { NotFoundError } from '../../common/errors';
import { Page, PageQueryDto, paginate, parseSort } from '../../common/http/pagination';
import { RefreshToken } from '../entities/refresh-token.entity';
import { User } from '../entities/user.entity';
import { emailTaken } from '../identity.errors';
import { Role } from '../roles';
import { hashPassword } from './password-hasher';

export interface NewUser {
  email: string;
  name: string;
  password: string;
  roles: Role[];
}

export interface UserChanges {
  name?: string;
  roles?: Role[];
  active?: boolean;
  password?: string;
}

export interface UserQuery extends PageQueryDto {
  role?: Role;
  active?: boolean;
  q?: string;
  sort?: string;
}

@Injectable()
export class UserService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly transactions: Transactions,
  ) {}

  async create(input: NewUser): Promise<User> {
    const email = input.email.trim().toLowerCase();
    if (await this.users.existsBy({ email })) throw emailTaken(email);
    return this.users.save(
      this.users.create({ email, name: input.name, roles: [...new Set(input.roles)], passwordHash: await hashPassword(input.password), active: true, lastLoginAt: null }),
    );
  }

  /** Creates the user, or resets password, name and roles of an existing one (CLI and seed). */
  async upsert(input: NewUser): Promise<User> {
    const existing = await this.users.findOneBy({ email: input.email.trim().toLowerCase() });
    if (!existing) return this.create(input);
    return this.update(existing.id, { name: input.name, roles: input.roles, password: input.password, active: true });
  }

  async get(id: string): Promise<User> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundError('user', id);
    return user;
  }

  list(query: UserQuery): Promise<Page<User>> {
    const qb = this.users.createQueryBuilder('u');
    if (query.role) qb.andWhere(':role = ANY(u.roles)', { role: query.role });
    if (query.active !== undefined) qb.andWhere('u.active = :active', { active: query.active });
    if (query.q) qb.andWhere('(u.email ILIKE :q OR u.name ILIKE :q)', { q: `%${query.q.replace(/[%_]/g, '\\$&')}%` });
    return paginate(qb, parseSort(query.sort, { email: 'email', name: 'name', createdAt: 'createdAt' }, 'u', 'email'), query);
  }

  async update(id: string, changes: UserChanges): Promise<User> {
    // Hashed outside the transaction: argon2 is deliberately slow and needs no lock.
    const passwordHash = changes.password !== undefined ? await hashPassword(changes.password) : undefined;
    return this.transactions.run(async (em) => {
      const user = await em.getRepository(User).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundError('user', id);
      if (changes.name !== undefined) user.name = changes.name;
      if (changes.roles !== undefined) user.roles = [...new Set(changes.roles)];
      if (changes.active !== undefined) user.active = changes.active;
      if (passwordHash !== undefined) user.passwordHash = passwordHash;
      const saved = await em.getRepository(User).save(user);
      // Disabling an account or changing its password ends its sessions, in the same transaction.
      if (changes.active === false || passwordHash !== undefined) {
        await em.getRepository(RefreshToken).update({ userId: id, revokedAt: IsNull() }, { revokedAt: new Date() });
      }
      return saved;
    });
  }
}
