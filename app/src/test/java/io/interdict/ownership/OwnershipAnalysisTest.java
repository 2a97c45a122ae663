package io.interdict.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.interdict.match.Screener;
import io.interdict.match.Screeners;
import io.interdict.model.ListedEntity;
import io.interdict.ownership.OwnershipAnalysis.Finding;
import io.interdict.ownership.OwnershipAnalysis.Report;
import io.interdict.ownership.OwnershipAnalysis.Status;
import io.interdict.payments.Decision;
import io.interdict.payments.PaymentDecider;
import io.interdict.payments.PaymentDecision;
import io.interdict.payments.PaymentPolicy;
import io.interdict.payments.TestMessages;
import io.interdict.payments.TestEntities;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OwnershipAnalysisTest {
  /** Company names below are invented; the listed parties are TestEntities' public OFAC entries. */
  private static final String REGISTER = """
      owner_id,owner_name,owned_id,owned_name,percent,owner_list_id
      P1,KIM Sang Man,C2,Pyongsong Logistics Ltd,60,us-ofac-sdn:43377
      C2,Pyongsong Logistics Ltd,C3,North Star Shipping Co,50,
      P1,KIM Sang Man,C1,Haeyang Trading LLC,30,
      O9,Chinyong Information Technology Cooperation Company,C1,Haeyang Trading LLC,25,
      S1,Novatek Gas Power Trading,C4,Volga Turbine Services,100,us-ofac-cons:17389
      U1,Eastern Meridian Holdings,C6,Blue Harbour Holdings,100,us-ofac-sdn:99999999
      P1,KIM Sang Man,C7,Acme Widgets GmbH,10,
      C8,Lindqvist Timber AB,C7,Acme Widgets GmbH,90,
      """;

  private static List<ListedEntity> entities;
  private static Screener screener;
  private static Report report;

  @BeforeAll
  static void analyse() throws Exception {
    entities = TestEntities.all();
    screener = Screeners.forEntities(entities);
    report = OwnershipAnalysis.analyse(OwnershipRegister.read(new StringReader(REGISTER), "reg.csv"), entities, screener,
        PaymentPolicy.DEFAULT, OwnershipRule.OFAC);
  }

  private static Finding finding(String id) {
    return report.findings().stream().filter(f -> f.party().id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aConfirmedListIdMakesAPartyListed() {
    Finding f = finding("P1");
    assertEquals(Status.LISTED, f.status());
    assertEquals("us-ofac-sdn:43377", f.listEntry());
  }

  @Test
  void entitiesHeldHalfOrMoreByBlockedPartiesAreBlockedDirectlyAndThroughEachOther() {
    Finding c2 = finding("C2");
    assertEquals(Status.BLOCKED, c2.status());
    assertEquals(600_000, c2.heldByBlocked());
    assertEquals(1, c2.level());
    assertEquals("listed us-ofac-sdn:43377", c2.holdings().get(0).ownerIs());
    Finding c3 = finding("C3");
    assertEquals(Status.BLOCKED, c3.status());
    assertEquals(2, c3.level());
    assertEquals("blocked by ownership", c3.holdings().get(0).ownerIs());
    assertTrue(c3.reasons().get(0).startsWith("blocked: 50 % held by blocked parties (ofac rule"), c3.reasons().toString());
  }

  @Test
  void aNameHitOnAHolderIsNeverTakenAsConfirmedButPutsHolderAndHoldingUnderReview() {
    Finding holder = finding("O9");
    assertEquals(Status.REVIEW, holder.status());
    assertEquals("us-ofac-sdn:43379", holder.nameHits().get(0).entityKey());
    Finding c1 = finding("C1");
    assertEquals(Status.REVIEW, c1.status(), "30 % confirmed + 25 % possibly listed");
    assertEquals(550_000, c1.heldByBlocked());
    assertEquals(List.of("listed us-ofac-sdn:43377", "possibly listed, unconfirmed"),
        c1.holdings().stream().map(OwnershipAnalysis.Holding::ownerIs).toList());
  }

  @Test
  void aListIdNotOnTheCurrentListsIsReviewedWithWhatItWouldBlock() {
    assertEquals(Status.REVIEW, finding("U1").status());
    assertTrue(finding("U1").reasons().get(0).contains("not on the current lists"), finding("U1").reasons().toString());
    assertEquals(Status.REVIEW, finding("C6").status());
  }

  @Test
  void aNonBlockingListingIsRestrictedAndBlocksNothing() {
    assertEquals(Status.RESTRICTED, finding("S1").status());
    assertEquals(Status.CLEAR, finding("C4").status());
  }

  @Test
  void smallHoldingsAndUnlistedHoldersLeaveAnEntityClear() {
    assertEquals(Status.CLEAR, finding("C7").status());
    assertEquals(Status.CLEAR, finding("C8").status());
    assertEquals(List.of(), finding("C7").reasons());
  }

  @Test
  void blockedEntitiesBecomeListEntriesCarryingTheProgramsAndHoldingsBehindThem() {
    List<ListedEntity> derived = report.derivedEntities();
    assertEquals(List.of("interdict-ownership:C2", "interdict-ownership:C3"), derived.stream().map(ListedEntity::key).toList());
    ListedEntity c3 = derived.get(1);
    assertEquals(List.of("DPRK4"), c3.programs(), "inherited through C2 from KIM Sang Man");
    assertEquals("interdict-ownership:C2", c3.relations().get(0).targetId());
    assertTrue(c3.remarks().contains("50 % by Pyongsong Logistics Ltd (blocked by ownership)"), c3.remarks());
    assertTrue(PaymentPolicy.DEFAULT.blocks(c3), "the default policy blocks what the rule blocks");
  }

  @Test
  void aPaymentToAnEntityBlockedByOwnershipIsBlocked() {
    List<ListedEntity> all = new ArrayList<>(entities);
    all.addAll(report.derivedEntities());
    PaymentDecider decider = new PaymentDecider(Screeners.forEntities(all), all, PaymentPolicy.DEFAULT);
    PaymentDecision d = decider.decide(TestMessages.mt103("OWN-50-1", "NORTH STAR SHIPPING CO"), "mt103");
    assertEquals(Decision.BLOCK, d.decision(), d.reasons().toString());
    assertTrue(d.hits().stream().anyMatch(h -> h.entityKey().equals("interdict-ownership:C3")), d.hits().toString());
  }
}
