package org.autoinvoice.domain.balance;

import java.time.Instant;
import org.autoinvoice.domain.money.Money;

/** A payment received (types 4, 5) or credit note sent (8) inside an invoice period. */
public record PaymentLine(Instant receivedAt, Money amount, int paymentType) {}
