import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../access.decorators';
import { Audit } from '../audit.decorator';
import { Role } from '../roles';
import { UserService } from '../services/user.service';
import { CreateUserDto, toUserDto, UpdateUserDto, UserDto, UserPageDto, UserQueryDto } from './user.dto';

@ApiTags('users')
@Controller('users')
@Roles(Role.Admin)
export class UsersController {
  constructor(private readonly users: UserService) {}

  @Post()
  @Audit('user.create', 'user')
  @ApiOperation({ summary: 'Create a user with roles' })
  async create(@Body() body: CreateUserDto): Promise<UserDto> {
    return toUserDto(await this.users.create(body));
  }

  @Get()
  @ApiOperation({ summary: 'List users' })
  async list(@Query() query: UserQueryDto): Promise<UserPageDto> {
    const page = await this.users.list(query);
    return { ...page, items: page.items.map(toUserDto) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a user' })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<UserDto> {
    return toUserDto(await this.users.get(id));
  }

  @Patch(':id')
  @Audit('user.update', 'user')
  @ApiOperation({ summary: 'Change a user’s name, roles, password or active flag' })
  async update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateUserDto): Promise<UserDto> {
    return toUserDto(await this.users.update(id, body));
  }
}
