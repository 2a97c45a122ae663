package io.interdict.blocking;

import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import io.interdict.cases.Alert;
import io.interdict.cases.AlertService;
import io.interdict.cases.AlertStatus;
import io.interdict.lists.store.ListStore;
import io.interdict.model.ListedEntity;
import io.interdict.ownership.OwnershipAnalysis;
import io.interdict.ownership.OwnershipDerivations;
import io.interdict.payments.PaymentPolicy;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * Freezing what a designated customer holds. Monitoring finds the customer, two users confirm the
 * alert as a true match; then each account the customer holds is blocked into the ledger with its
 * balance, and the initial report falls due in ten business days, as for a blocked payment. Only a
 * confirmed true match on a designation that blocks property, still in force today, blocks anything.
 */
public final class AccountBlocks {
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private final BlockingLedger ledger;
  private final AlertService alerts;
  private final Function<String, Optional<ListedEntity>> listing;
  private final PaymentPolicy policy;

  /** @param listing the entry with a key as listed today (the lists in force, or the 50 % rule's current derivation) */
  public AccountBlocks(BlockingLedger ledger, AlertService alerts, Function<String, Optional<ListedEntity>> listing,
      PaymentPolicy policy) {
    this.ledger = ledger;
    this.alerts = alerts;
    this.listing = listing;
    this.policy = policy;
  }

  /** Over one database: its list store, and for entities blocked by ownership the latest derivation. */
  public static AccountBlocks overStore(Jdbi jdbi, ListStore store, AuditLog audit, PaymentPolicy policy, Clock clock) {
    OwnershipDerivations derivations = new OwnershipDerivations(jdbi, audit, clock);
    Function<String, Optional<ListedEntity>> listing = key -> OwnershipAnalysis.derived(key)
        ? derivations.latest().flatMap(d -> derivations.entity(d.id(), key))
        : store.entity(key);
    return new AccountBlocks(new BlockingLedger(jdbi, audit, clock), new AlertService(jdbi, audit, clock), listing, policy);
  }

  /** Blocks {@code account} of the customer of alert {@code alertId}, with {@code balance} in {@code currency}. */
  public BlockedItem block(long alertId, String account, BigDecimal balance, String currency, BigDecimal annualRate,
      String user) {
    if (account == null || account.isBlank() || account.strip().length() > 100) {
      throw new InterdictException.InvalidInput("an account number of 1 to 100 characters is required, not '" + account + "'");
    }
    if (balance == null || balance.signum() < 0) {
      throw new InterdictException.InvalidInput("the balance to block must be 0 or more, not " + balance);
    }
    String ccy = currency == null ? "" : currency.strip().toUpperCase(java.util.Locale.ROOT);
    if (!CURRENCY.matcher(ccy).matches()) {
      throw new InterdictException.InvalidInput("currency must be an ISO 4217 code such as USD, not '" + currency + "'");
    }
    Alert a = alerts.get(alertId).alert();
    if (a.status() != AlertStatus.CLOSED_TRUE_MATCH) {
      throw new InterdictException.Conflict("alert " + alertId + " is " + a.status().name().toLowerCase(java.util.Locale.ROOT)
          .replace('_', '-') + ": only a match two users confirmed blocks property");
    }
    ListedEntity e = listing.apply(a.entityKey()).orElseThrow(() -> new InterdictException.Conflict("entry "
        + a.entityKey() + " (" + a.entityName() + ") is not in force today (delisted, or no longer blocked by "
        + "ownership): nothing to block"));
    if (!policy.blocks(e)) {
      throw new InterdictException.InvalidInput("entry " + e.key() + " is listed without blocking effect ("
          + String.join(", ", e.programs()) + "): its own restrictions apply, but nothing is blocked");
    }
    return ledger.blockAccount(account.strip(), a.customerId(), e.key(), e.primaryName(), String.join(", ", e.programs()),
        balance, ccy, "alert " + alertId + " confirmed a true match (" + a.proposedBy() + ", " + a.closedBy() + ")",
        user, annualRate);
  }
}
