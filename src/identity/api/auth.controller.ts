import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { ProblemDto } from '../../common/http/problem.dto';
import { Access, LoginRateLimit, Public } from '../access.decorators';
import { Actor, CurrentActor } from '../actor';
import { NoAudit } from '../audit.decorator';
import { ALL_SCOPES } from '../roles';
import { AuthService } from '../services/auth.service';
import { LoginDto, MeDto, RefreshDto, TokenPairDto } from './auth.dto';

@ApiTags('auth')
@Controller('auth')
@NoAudit()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @LoginRateLimit()
  @ApiOperation({ summary: 'Sign in with e-mail and password; returns an access and a refresh token' })
  @ApiUnauthorizedResponse({ type: ProblemDto })
  @ApiTooManyRequestsResponse({ type: ProblemDto })
  login(@Body() body: LoginDto, @Req() req: Request): Promise<TokenPairDto> {
    return this.auth.login(body.email, body.password, String(req.id));
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @LoginRateLimit()
  @ApiOperation({ summary: 'Exchange a refresh token for a new token pair (the old refresh token stops working)' })
  @ApiUnauthorizedResponse({ type: ProblemDto })
  @ApiTooManyRequestsResponse({ type: ProblemDto })
  refresh(@Body() body: RefreshDto, @Req() req: Request): Promise<TokenPairDto> {
    return this.auth.refresh(body.refreshToken, String(req.id));
  }

  @Post('logout')
  @HttpCode(204)
  @Public()
  @LoginRateLimit()
  @ApiOperation({ summary: 'Revoke a refresh token and every token rotated from it' })
  async logout(@Body() body: RefreshDto, @Req() req: Request): Promise<void> {
    await this.auth.logout(body.refreshToken, String(req.id));
  }

  @Get('me')
  @Access({ roles: [], scopes: ALL_SCOPES })
  @ApiOperation({ summary: 'Who the credentials belong to: the user and roles, or the API key, partner and scopes' })
  me(@CurrentActor() actor: Actor): MeDto {
    return actor.kind === 'user'
      ? { kind: 'user', id: actor.id, email: actor.email, roles: actor.roles }
      : { kind: 'api_key', id: actor.id, partnerId: actor.partnerId, scopes: actor.scopes };
  }
}
