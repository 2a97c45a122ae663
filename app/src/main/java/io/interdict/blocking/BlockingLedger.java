package io.interdict.blocking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.InterdictException;
import io.interdict.audit.AuditLog;
import io.interdict.ownership.OwnershipAnalysis;
import io.interdict.payments.Decision;
import io.interdict.payments.Hit;
import io.interdict.payments.PaymentDecision;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The blocked-property ledger. Funds are blocked from a BLOCK decision into an interest-bearing
 * blocked account in the owner's name, and move out only two ways: under a licence whose scope and
 * validity cover them, or after the owner was delisted (refused while still listed). Every movement is
 * proposed by one user and approved by another (four eyes) and re-checked at approval; every step is
 * appended to the audit trail in the same transaction.
 */
public final class BlockingLedger {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final int REPORT_BUSINESS_DAYS = 10;
  /** Annual rate of a blocked account where none is configured (the server; the CLI's --interest-rate default). */
  public static final BigDecimal DEFAULT_INTEREST_RATE = new BigDecimal("0.04");

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final Clock clock;

  public BlockingLedger(Jdbi jdbi, AuditLog audit, Clock clock) {
    this.jdbi = jdbi;
    this.audit = audit;
    this.clock = clock;
  }

  /** A pending or decided release of one item. */
  public record ReleaseRequest(long id, long itemId, String basis, String licenceNumber, BigDecimal amount, String status,
      String proposedBy, String decidedBy) {}

  /** Blocks the funds of a BLOCK decision; the owner is the best blocking hit. Idempotent per message. */
  public BlockedItem block(PaymentDecision d, String user, BigDecimal annualRate) {
    return jdbi.inTransaction(h -> block(h, d, user, annualRate));
  }

  /** The same within the caller's transaction (a held payment confirmed as blocked). */
  BlockedItem block(Handle h, PaymentDecision d, String user, BigDecimal annualRate) {
    Users.require(user);
    if (d.decision() != Decision.BLOCK) {
      throw new InterdictException.InvalidInput("message " + d.messageId() + " was decided " + d.decision() + ", not BLOCK");
    }
    Hit owner = d.hits().stream().filter(x -> x.outcome() == Decision.BLOCK && x.entityKey() != null)
        .max(Comparator.comparingDouble(Hit::score))
        .orElseThrow(() -> new InterdictException.InvalidInput("BLOCK decision " + d.messageId() + " names no listed owner"));
    BigDecimal amount = d.payment() == null || d.payment().amount() == null ? BigDecimal.ZERO : d.payment().amount();
    String currency = d.payment() == null || d.payment().currency() == null ? "N/A" : d.payment().currency();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("message_id", d.messageId());
    return insert(h, new NewItem(d.messageId(), d.format(), owner.listedName() == null ? owner.value() : owner.listedName(),
        owner.entityKey(), owner.program(), owner.field(), amount, currency, json(d)), details, user, annualRate);
  }

  /**
   * Blocks an account a designated customer holds (not a payment): its balance goes into the ledger
   * like blocked funds, with the same report deadline. Idempotent per account. {@code basis} says what
   * decided it (the alert two users confirmed); callers check that the designation blocks.
   */
  BlockedItem blockAccount(String account, String customerId, String entityKey, String ownerName, String program,
      BigDecimal balance, String currency, String basis, String user, BigDecimal annualRate) {
    Users.require(user);
    Map<String, Object> decision = new LinkedHashMap<>();
    decision.put("account", account);
    decision.put("customer_id", customerId);
    decision.put("basis", basis);
    return jdbi.inTransaction(h -> insert(h, new NewItem("account:" + account, "account", ownerName, entityKey, program,
        "customer " + customerId, balance, currency, json(decision)), new LinkedHashMap<>(decision), user, annualRate));
  }

  /** What a blocking puts in the ledger; {@code messageId} is what makes it once-only. */
  private record NewItem(String messageId, String format, String ownerName, String entityKey, String program, String field,
      BigDecimal amount, String currency, String decisionJson) {}

  /** Inserts an item unless its message is blocked already, and records it in the audit trail. */
  private BlockedItem insert(Handle h, NewItem n, Map<String, Object> details, String user, BigDecimal annualRate) {
    if (annualRate == null || annualRate.signum() < 0) {
      throw new InterdictException.InvalidInput("interest rate must be >= 0, not " + annualRate);
    }
    Optional<BlockedItem> existing = h.createQuery("SELECT * FROM blocked_property WHERE message_id = :m")
        .bind("m", n.messageId()).map((rs, ctx) -> map(rs)).findOne();
    if (existing.isPresent()) {
      return existing.get();
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate due = UsFederalHolidays.addBusinessDays(today, REPORT_BUSINESS_DAYS);
    String account = "BLOCKED/" + n.entityKey() + "/" + n.currency();
    long id = h.createUpdate("INSERT INTO blocked_property (message_id, message_format, owner_name, entity_key, program, "
            + "field, amount, currency, blocked_on, blocked_at, blocked_account, interest_rate, report_due, status, "
            + "blocked_by, decision) VALUES (:m, :f, :owner, :key, :program, :field, :amount, :ccy, :on, :at, :account, "
            + ":rate, :due, 'BLOCKED', :user, :decision)")
        .bind("m", n.messageId())
        .bind("f", n.format())
        .bind("owner", n.ownerName())
        .bind("key", n.entityKey())
        .bind("program", n.program() == null ? "" : n.program())
        .bind("field", n.field())
        .bind("amount", n.amount())
        .bind("ccy", n.currency())
        .bind("on", Date.valueOf(today))
        .bind("at", Timestamp.from(clock.instant()))
        .bind("account", account)
        .bind("rate", annualRate)
        .bind("due", Date.valueOf(due))
        .bind("user", user)
        .bind("decision", n.decisionJson())
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    details.put("entity_key", n.entityKey());
    details.put("program", n.program());
    details.put("amount", n.amount().toPlainString());
    details.put("currency", n.currency());
    details.put("blocked_account", account);
    details.put("report_due", due.toString());
    audit.append(h, user, "blocking.blocked", "blocked:" + id, details);
    return get(h, id);
  }

  public List<BlockedItem> list() {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM blocked_property ORDER BY id").map((rs, ctx) -> map(rs)).list());
  }

  public BlockedItem get(long id) {
    return jdbi.withHandle(h -> get(h, id));
  }

  public List<ReleaseRequest> requests(long itemId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM release_requests WHERE item_id = :id ORDER BY id")
        .bind("id", itemId).map((rs, ctx) -> mapRequest(rs)).list());
  }

  /** First eyes: proposes releasing {@code itemId} under licence {@code number}. Refused when the licence does not cover it. */
  public ReleaseRequest proposeRelease(long itemId, String licenceNumber, String user) {
    Users.require(user);
    return jdbi.inTransaction(h -> {
      BlockedItem item = movable(h, itemId);
      requireNoPending(h, item);
      Licence l = licence(h, licenceNumber);
      checkLicence(h, l, item, null);
      return propose(h, item, "LICENCE", l.number(), user);
    });
  }

  /**
   * First eyes: proposes unblocking {@code itemId} because its owner was delisted. Refused while the
   * owner's key is still listed ({@code stillListed} tests an entity key against the lists in force).
   */
  public ReleaseRequest proposeUnblock(long itemId, String user, Predicate<String> stillListed) {
    Users.require(user);
    return jdbi.inTransaction(h -> {
      BlockedItem item = movable(h, itemId);
      requireNoPending(h, item);
      checkDelisted(item, stillListed);
      return propose(h, item, "DELISTING", null, user);
    });
  }

  /**
   * Second eyes: approves the pending request on {@code itemId}. Refused for the proposer, and when the
   * basis no longer holds (licence expired or exhausted since, owner listed again).
   */
  public BlockedItem approve(long itemId, String approver, Predicate<String> stillListed) {
    Users.require(approver);
    return jdbi.inTransaction(h -> {
      BlockedItem item = movable(h, itemId);
      ReleaseRequest r = h.createQuery("SELECT * FROM release_requests WHERE item_id = :id AND status = 'PENDING'")
          .bind("id", itemId).map((rs, ctx) -> mapRequest(rs)).findOne()
          .orElseThrow(() -> new InterdictException.Conflict("item " + itemId + " has no pending release to approve"));
      if (Users.same(r.proposedBy(), approver)) {
        throw new InterdictException.Conflict("four eyes: " + approver + " proposed the release of item " + itemId
            + " and cannot also approve it; another user must");
      }
      BlockedItem.Status next;
      if ("LICENCE".equals(r.basis())) {
        checkLicence(h, licence(h, r.licenceNumber()), item, r.id());
        next = BlockedItem.Status.RELEASED;
      } else {
        checkDelisted(item, stillListed);
        next = BlockedItem.Status.UNBLOCKED;
      }
      LocalDate today = LocalDate.now(clock);
      h.createUpdate("UPDATE release_requests SET status = 'APPROVED', decided_by = :u, decided_at = :at WHERE id = :id")
          .bind("u", approver).bind("at", Timestamp.from(clock.instant())).bind("id", r.id()).execute();
      h.createUpdate("UPDATE blocked_property SET status = :s, released_on = :on WHERE id = :id")
          .bind("s", next.name()).bind("on", Date.valueOf(today)).bind("id", itemId).execute();
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("basis", r.basis());
      details.put("licence", r.licenceNumber());
      details.put("proposed_by", r.proposedBy());
      details.put("amount", item.amount().toPlainString());
      details.put("interest", item.interest(today).toPlainString());
      details.put("currency", item.currency());
      audit.append(h, approver, "blocking." + next.name().toLowerCase(java.util.Locale.ROOT), "blocked:" + itemId, details);
      return get(h, itemId);
    });
  }

  private static void requireNoPending(Handle h, BlockedItem item) {
    boolean pending = h.createQuery("SELECT COUNT(*) FROM release_requests WHERE item_id = :id AND status = 'PENDING'")
        .bind("id", item.id()).mapTo(Long.class).one() > 0;
    if (pending) {
      throw new InterdictException.Conflict("item " + item.id() + " already has a release pending approval");
    }
  }

  private ReleaseRequest propose(Handle h, BlockedItem item, String basis, String licence, String user) {
    long id = h.createUpdate("INSERT INTO release_requests (item_id, basis, licence_number, amount, status, proposed_by, "
            + "proposed_at) VALUES (:item, :basis, :licence, :amount, 'PENDING', :user, :at)")
        .bind("item", item.id()).bind("basis", basis).bind("licence", licence).bind("amount", item.amount())
        .bind("user", user).bind("at", Timestamp.from(clock.instant()))
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("basis", basis);
    details.put("licence", licence);
    details.put("amount", item.amount().toPlainString());
    details.put("currency", item.currency());
    audit.append(h, user, "blocking.release_proposed", "blocked:" + item.id(), details);
    return h.createQuery("SELECT * FROM release_requests WHERE id = :id").bind("id", id).map((rs, ctx) -> mapRequest(rs)).one();
  }

  private void checkLicence(Handle h, Licence l, BlockedItem item, Long excludeRequest) {
    BigDecimal used = h.createQuery("SELECT COALESCE(SUM(amount), 0) FROM release_requests WHERE licence_number = :n "
            + "AND status IN ('PENDING', 'APPROVED') AND id <> :ex")
        .bind("n", l.number()).bind("ex", excludeRequest == null ? -1L : excludeRequest).mapTo(BigDecimal.class).one();
    String refusal = l.refusal(item, used, LocalDate.now(clock));
    if (refusal != null) {
      throw new InterdictException.Conflict("release of item " + item.id() + " refused: " + refusal);
    }
  }

  private static void checkDelisted(BlockedItem item, Predicate<String> stillListed) {
    Objects.requireNonNull(stillListed, "stillListed");
    if (OwnershipAnalysis.derived(item.entityKey())) {
      // No list names such an owner, so no delisting can be seen; and a blocked person's divestment
      // after designation is itself a transfer of blocked property that needs OFAC's authorisation.
      throw new InterdictException.Conflict("unblocking item " + item.id() + " refused: " + item.ownerName()
          + " is blocked by ownership (50 % rule), not listed; its funds move only under a licence");
    }
    if (stillListed.test(item.entityKey())) {
      throw new InterdictException.Conflict("unblocking item " + item.id() + " refused: " + item.entityKey()
          + " (" + item.ownerName() + ") is still listed; a licence is needed to move the funds");
    }
  }

  private static Licence licence(Handle h, String number) {
    if (number == null || number.isBlank()) {
      throw new InterdictException.InvalidInput("a licence number is required");
    }
    return LicenceRegistry.find(h, number)
        .orElseThrow(() -> new InterdictException.NotFound("no licence " + number.strip() + " (add it with 'licences add')"));
  }

  private static BlockedItem movable(Handle h, long id) {
    BlockedItem item = get(h, id);
    if (item.status() != BlockedItem.Status.BLOCKED) {
      throw new InterdictException.Conflict("item " + id + " is " + item.status() + " since " + item.releasedOn()
          + "; only BLOCKED items move");
    }
    return item;
  }

  private static BlockedItem get(Handle h, long id) {
    return h.createQuery("SELECT * FROM blocked_property WHERE id = :id").bind("id", id).map((rs, ctx) -> map(rs)).findOne()
        .orElseThrow(() -> new InterdictException.NotFound("no blocked item " + id));
  }

  static BlockedItem map(ResultSet rs) throws SQLException {
    Date released = rs.getDate("released_on");
    return new BlockedItem(rs.getLong("id"), rs.getString("message_id"), rs.getString("message_format"),
        rs.getString("owner_name"), rs.getString("entity_key"), rs.getString("program"), rs.getString("field"),
        rs.getBigDecimal("amount").setScale(2, java.math.RoundingMode.HALF_EVEN), rs.getString("currency"),
        rs.getDate("blocked_on").toLocalDate(), rs.getTimestamp("blocked_at").toInstant(), rs.getString("blocked_account"),
        rs.getBigDecimal("interest_rate").stripTrailingZeros(), rs.getDate("report_due").toLocalDate(),
        BlockedItem.Status.valueOf(rs.getString("status")), released == null ? null : released.toLocalDate(),
        rs.getString("blocked_by"));
  }

  private static ReleaseRequest mapRequest(ResultSet rs) throws SQLException {
    return new ReleaseRequest(rs.getLong("id"), rs.getLong("item_id"), rs.getString("basis"), rs.getString("licence_number"),
        rs.getBigDecimal("amount"), rs.getString("status"), rs.getString("proposed_by"), rs.getString("decided_by"));
  }

  static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
