import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { Role } from '../roles';

export class LoginDto {
  @IsEmail()
  @MaxLength(254)
  email: string;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;
}

export class RefreshDto {
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  refreshToken: string;
}

export class TokenPairDto {
  /** JWT to send as `Authorization: Bearer …`. */
  accessToken: string;
  /** Opaque, single-use token for `POST /auth/refresh`. */
  refreshToken: string;
  tokenType: 'Bearer';
  /** Lifetime of the access token in seconds. */
  expiresIn: number;
}

export class MeDto {
  kind: 'user' | 'api_key';
  id: string;
  email?: string;
  roles?: Role[];
  partnerId?: string;
  scopes?: string[];
}
