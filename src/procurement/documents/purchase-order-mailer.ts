import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { Environment } from '../../config/environment';

export interface PurchaseOrderMail {
  to: string;
  subject: string;
  text: string;
  fileName: string;
  pdf: Buffer;
}

/** Sends purchase orders over SMTP_URL; built on first use, so an app without SMTP never connects. */
@Injectable()
export class PurchaseOrderMailer implements OnModuleDestroy {
  private transporter: Transporter | null = null;

  constructor(private readonly env: Environment) {}

  async send(mail: PurchaseOrderMail): Promise<void> {
    if (!this.env.SMTP_URL || !this.env.SMTP_FROM) throw new Error('SMTP_URL and SMTP_FROM must be set to mail purchase orders');
    // Bounded waits: a hung server fails the attempt, and the outbox retries it later.
    this.transporter ??= createTransport({ url: this.env.SMTP_URL, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
    await this.transporter.sendMail({
      from: this.env.SMTP_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      attachments: [{ filename: mail.fileName, content: mail.pdf, contentType: 'application/pdf' }],
    });
  }

  onModuleDestroy(): void {
    this.transporter?.close();
  }
}
