export { Access, LoginRateLimit, PartnerScopes, Public, Roles } from './access.decorators';
export { Actor, ApiKeyActor, AnyActor, CurrentActor, SystemActor, UserActor, actorLabel } from './actor';
export { Audit, NoAudit } from './audit.decorator';
export { IdentityModule } from './identity.module';
export { PartnerKind, Role, Scope } from './roles';
export { AuditService } from './services/audit.service';
export { PartnerService } from './services/partner.service';
export { UserService } from './services/user.service';
