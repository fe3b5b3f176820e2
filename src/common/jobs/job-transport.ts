import { OutboxMessage } from './outbox-message.entity';

export type DispatchedMessage = Pick<OutboxMessage, 'id' | 'jobName' | 'businessKey' | 'attempts'>;

/** Where the relay hands due messages: BullMQ when Redis is configured, this process otherwise. */
export abstract class JobTransport {
  abstract readonly name: 'bullmq' | 'in-process';
  /** Throws if the messages could not be handed over; the relay then puts them back. */
  abstract dispatch(messages: DispatchedMessage[]): Promise<void>;
  /** Resolves when the transport's backing service answers (for /health). */
  abstract ping(): Promise<void>;
}
