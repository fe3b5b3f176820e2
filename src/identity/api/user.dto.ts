import { Transform } from 'class-transformer';
import { ArrayMinSize, IsArray, IsBoolean, IsEmail, IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/http/pagination';
import { Omittable, toBoolean } from '../../common/validation/validators';
import { User } from '../entities/user.entity';
import { Role } from '../roles';
import { MIN_PASSWORD_LENGTH } from '../services/password-hasher';

export class CreateUserDto {
  @IsEmail()
  @MaxLength(254)
  email: string;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  password: string;

  @IsArray()
  @ArrayMinSize(1)
  @IsEnum(Role, { each: true })
  roles: Role[];
}

export class UpdateUserDto {
  @Omittable()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @Omittable()
  @IsArray()
  @ArrayMinSize(1)
  @IsEnum(Role, { each: true })
  roles?: Role[];

  /** `false` disables sign-in and ends the user's sessions. */
  @Omittable()
  @IsBoolean()
  active?: boolean;

  /** Sets a new password and ends the user's sessions. */
  @Omittable()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  password?: string;
}

export class UserQueryDto extends PageQueryDto {
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;

  /** Matches e-mail or name. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  /** `email`, `name`, `createdAt`; prefix `-` for descending. */
  @IsOptional()
  @IsString()
  sort?: string;
}

export class UserDto {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  active: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export function toUserDto(u: User): UserDto {
  return { id: u.id, email: u.email, name: u.name, roles: u.roles, active: u.active, lastLoginAt: u.lastLoginAt, createdAt: u.createdAt, updatedAt: u.updatedAt };
}

export class UserPageDto extends PageOf(UserDto) {}
