package io.interdict.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.InterdictException;
import io.interdict.lists.ListFormatException;
import io.interdict.lists.ListFormats;
import io.interdict.model.EntityType;
import io.interdict.model.IdType;
import io.interdict.model.Identifier;
import io.interdict.model.ListSnapshot;
import io.interdict.model.ListedEntity;
import io.interdict.model.Name;
import io.interdict.model.NameType;
import io.interdict.model.PartialDate;
import io.interdict.model.Relation;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader against small hand-written families that carry every quirk of OFAC's real files. */
class OfacCsvReaderTest {
  @TempDir Path tmp;

  static Path fixture(String name) {
    try {
      return Path.of(OfacCsvReaderTest.class.getResource("/ofac/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static ListedEntity entity(ListSnapshot s, String id) {
    return s.entities().stream().filter(e -> e.sourceId().equals(id)).findFirst().orElseThrow();
  }

  private final ListSnapshot quirks = ListFormats.read(fixture("quirks"), false);

  @Test
  void directoryWithSdnCsvIsDetectedAsTheSdnFamily() {
    assertThat(ListFormats.detect(fixture("quirks")).format()).isEqualTo("ofac-csv");
    assertThat(quirks.source()).isEqualTo("us-ofac-sdn");
    assertThat(quirks.entities()).extracting(ListedEntity::sourceId)
        .containsExactly("100", "101", "102", "103", "200", "300", "400", "500", "600");
    assertThat(quirks.warnings()).isEmpty();
  }

  @Test
  void aliasStraddlingTheThousandCharacterCutComesOutWhole() {
    ListedEntity e = entity(quirks, "100");
    assertThat(e.remarks()).contains("a.k.a. 'STRADDLE ALIAS TRADING'");
    assertThat(e.names()).contains(new Name("STRADDLE ALIAS TRADING", NameType.WEAK_AKA));
    assertThat(e.identifiers()).contains(new Identifier(IdType.WEBSITE, "www.alpha.example", null, null, "Website"));
  }

  @Test
  void cryptoAddressStraddlingTheCutComesOutWhole() {
    assertThat(entity(quirks, "101").identifiers())
        .contains(Identifier.crypto("XBT", "1StraddLeAddr3ssXyZ9876543210abcd"),
            Identifier.crypto("ETH", "0x1111111111111111111111111111111111111111"));
  }

  @Test
  void cutFallingOnTheSpaceAfterASeparatorStillSplitsTheClauses() {
    // 102: the continuation starts with the space; 103: the remark ends with it
    assertThat(entity(quirks, "102").identifiers()).containsExactly(Identifier.crypto("XBT", "1CutAfterSemicolon0000000000000"));
    assertThat(entity(quirks, "102").gender()).isEqualTo("Male");
    assertThat(entity(quirks, "103").identifiers()).containsExactly(Identifier.crypto("XBT", "1CutAfterSpace11111111111111"));
    assertThat(entity(quirks, "103").names()).contains(new Name("CUT TWO", NameType.WEAK_AKA));
  }

  @Test
  void namesComePrimaryThenAltCsvThenWeakRemarkAliases() {
    assertThat(entity(quirks, "100").names()).containsExactly(
        new Name("ALPHA TRADING CO., LTD.", NameType.PRIMARY),
        new Name("ALPHA TRADING COMPANY LIMITED", NameType.STRONG_AKA),
        new Name("ALPHA \"OLD\" TRADING, INC.", NameType.FKA),
        new Name("ALPHA NEW TRADING", NameType.NKA),
        new Name("STRADDLE ALIAS TRADING", NameType.WEAK_AKA));
    assertThat(entity(quirks, "200").names()).extracting(Name::value)
        .containsExactly("O'BRIEN, Sean \"The Fox\"", "O'BRIEN, Sean Patrick", "FOX", "O'BRIAN, Shaun");
  }

  @Test
  void severalProgramsInOneFieldAreSplit() {
    assertThat(entity(quirks, "100").programs()).containsExactly("DPRK3", "CYBER2");
  }

  @Test
  void personFieldsAreParsedFromRemarks() {
    ListedEntity e = entity(quirks, "200");
    assertThat(e.type()).isEqualTo(EntityType.PERSON);
    assertThat(e.title()).isEqualTo("Director, Alpha Trading");
    assertThat(e.birthDates()).extracting(PartialDate::raw)
        .containsExactly("15 Jun 1963", "1963", "Jun 1964", "circa 1960", "01 Jan 1953 to 31 Dec 1953");
    assertThat(e.birthPlaces()).containsExactly("Dublin, Ireland");
    assertThat(e.nationalities()).containsExactly("Ireland");
    assertThat(e.citizenships()).containsExactly("United Kingdom");
    assertThat(e.gender()).isEqualTo("Male");
    assertThat(e.identifiers()).extracting(Identifier::type, Identifier::value).containsExactly(
        org.assertj.core.groups.Tuple.tuple(IdType.PASSPORT, "A1234567"),
        org.assertj.core.groups.Tuple.tuple(IdType.PASSPORT, "B7654321"),
        org.assertj.core.groups.Tuple.tuple(IdType.NATIONAL_ID, "99-123-45"),
        org.assertj.core.groups.Tuple.tuple(IdType.TAX_ID, "5551234"),
        org.assertj.core.groups.Tuple.tuple(IdType.EMAIL, "sean@alpha.example"),
        org.assertj.core.groups.Tuple.tuple(IdType.PHONE, "+353 1 555 0100"));
    assertThat(e.relations()).containsExactly(new Relation("linked-to", "ALPHA TRADING CO., LTD.", "100"));
  }

  @Test
  void vesselAircraftAndBankCarryTheirIdentifiers() {
    ListedEntity vessel = entity(quirks, "300");
    assertThat(vessel.type()).isEqualTo(EntityType.VESSEL);
    assertThat(vessel.vessel().callSign()).isEqualTo("9HXX1");
    assertThat(vessel.vessel().tonnage()).isEqualTo("296,803");
    assertThat(vessel.vessel().flag()).isEqualTo("Panama");
    assertThat(vessel.vessel().owner()).isEqualTo("ALPHA TRADING CO., LTD.");
    assertThat(vessel.identifiers()).extracting(Identifier::type).containsExactly(IdType.IMO, IdType.MMSI);
    assertThat(vessel.names()).contains(new Name("OCEAN FOX", NameType.WEAK_AKA));
    assertThat(entity(quirks, "400").type()).isEqualTo(EntityType.AIRCRAFT);
    ListedEntity bank = entity(quirks, "500");
    assertThat(bank.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(bank.identifiers()).containsExactly(
        new Identifier(IdType.BIC, "BCHXKPPY", null, null, "SWIFT/BIC"),
        new Identifier(IdType.REGISTRATION, "12345", "Korea, North", null, "Registration Number"));
  }

  @Test
  void addressesKeepQuotedCommasAndDropAllNullRows() {
    assertThat(entity(quirks, "100").addresses()).extracting(a -> a.oneLine())
        .containsExactly("12 Harbour Road, Unit 3, Dalian, Liaoning 116000, China", "Pyongyang, Korea, North");
    assertThat(entity(quirks, "200").addresses()).isEmpty();
    assertThat(entity(quirks, "600").addresses()).extracting(a -> a.country()).containsExactly("Mexico");
    assertThat(entity(quirks, "600").remarks()).isNull();
  }

  @Test
  void checksumIsSha256OverTheFilesInFamilyOrder() throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    for (String f : new String[] {"sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"}) {
      md.update(Files.readAllBytes(fixture("quirks").resolve(f)));
    }
    assertThat(quirks.checksum()).isEqualTo(HexFormat.of().formatHex(md.digest()));
  }

  @Test
  void aLoneSdnCsvFileIsReadWithoutItsSiblings() {
    ListSnapshot s = ListFormats.read(fixture("quirks").resolve("sdn.csv"), false);
    assertThat(s.entities()).hasSize(9);
    // no alt.csv and no continuation: the alias cut at 1,000 characters stays cut
    assertThat(entity(s, "100").names()).containsExactly(
        new Name("ALPHA TRADING CO., LTD.", NameType.PRIMARY), new Name("STRADD", NameType.WEAK_AKA));
  }

  @Test
  void upperCaseFileNamesAsServedByOfacAreFound() throws Exception {
    for (String f : new String[] {"sdn.csv", "alt.csv"}) {
      Files.copy(fixture("quirks").resolve(f), tmp.resolve(f.toUpperCase()));
    }
    ListSnapshot s = ListFormats.read(tmp, false);
    assertThat(entity(s, "100").names()).extracting(Name::type).containsExactly(
        NameType.PRIMARY, NameType.STRONG_AKA, NameType.FKA, NameType.NKA, NameType.WEAK_AKA);
  }

  @Test
  void consolidatedFamilyIsReadUnderItsOwnSource() throws Exception {
    Files.copy(fixture("quirks").resolve("sdn.csv"), tmp.resolve("cons_prim.csv"));
    Files.copy(fixture("quirks").resolve("alt.csv"), tmp.resolve("cons_alt.csv"));
    Files.copy(fixture("quirks").resolve("sdn_comments.csv"), tmp.resolve("cons_comments.csv"));
    ListSnapshot s = ListFormats.read(tmp, false);
    assertThat(s.source()).isEqualTo("us-ofac-cons");
    assertThat(entity(s, "101").identifiers()).contains(Identifier.crypto("XBT", "1StraddLeAddr3ssXyZ9876543210abcd"));
  }

  @Test
  void damagedFamilyIsRejectedNamingTheFirstBadFileAndLine() {
    assertThatThrownBy(() -> ListFormats.read(fixture("damaged"), false))
        .isInstanceOf(ListFormatException.class)
        .satisfies(e -> {
          ListFormatException lfe = (ListFormatException) e;
          assertThat(lfe.file()).endsWith("sdn.csv");
          assertThat(lfe.line()).isEqualTo(2);
          assertThat(lfe.exitCode()).isEqualTo(7);
        })
        .hasMessageContaining("sdn.csv:2: unexpected text after closing quote");
  }

  @Test
  void damagedFamilyReadLenientlySkipsEachBadRowWithAWarning() {
    ListSnapshot s = ListFormats.read(fixture("damaged"), true);
    assertThat(s.entities()).extracting(ListedEntity::sourceId).containsExactly("400", "500");
    assertThat(s.warnings()).hasSize(3);
    assertThat(s.warnings().get(0)).contains("sdn.csv:2:").endsWith("(row skipped)");
    assertThat(s.warnings().get(1)).contains("alt.csv:3: expected 5 columns, found 3");
    assertThat(s.warnings().get(2)).contains("add.csv:2: unterminated quoted field");
    assertThat(entity(s, "500").names()).extracting(Name::value).containsExactly("BANK CHARLIE", "CHARLIE BANK");
    assertThat(entity(s, "500").addresses()).hasSize(1);
  }

  @Test
  void duplicateEntNumIsMalformed() throws Exception {
    Files.writeString(tmp.resolve("sdn.csv"),
        "1,\"A\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n1,\"B\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
    assertThatThrownBy(() -> ListFormats.read(tmp, false)).hasMessageEndingWith("sdn.csv:2: entry 1 appears twice");
  }

  @Test
  void primaryFileWithoutEntriesIsRejectedEvenWhenLenient() throws Exception {
    Files.write(tmp.resolve("sdn.csv"), new byte[] {0x1a});
    assertThatThrownBy(() -> ListFormats.read(tmp, true))
        .isInstanceOf(ListFormatException.class).hasMessageEndingWith("sdn.csv: no entries");
  }

  @Test
  void pathThatIsNoListIsAClearError() throws Exception {
    Files.writeString(tmp.resolve("notes.txt"), "hello");
    assertThatThrownBy(() -> ListFormats.detect(tmp.resolve("notes.txt")))
        .isInstanceOf(InterdictException.InvalidInput.class).hasMessageContaining("is not a list");
    assertThatThrownBy(() -> ListFormats.detect(tmp.resolve("missing")))
        .isInstanceOf(InterdictException.InvalidInput.class).hasMessageContaining("does not exist");
  }
}
