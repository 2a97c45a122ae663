package io.interdict.payments;

import io.interdict.model.EntityType;
import io.interdict.model.IdType;
import io.interdict.model.Identifier;
import io.interdict.model.ListedEntity;
import io.interdict.model.NameType;
import java.util.List;

/** A small list written from public OFAC facts (SDN entries of 23 May 2023 and others) for tests. */
public final class TestEntities {
  private TestEntities() {}

  public static final ListedEntity KIM_SANG_MAN = ListedEntity.builder("us-ofac-sdn", "43377", EntityType.PERSON)
      .name("KIM, Sang Man", NameType.PRIMARY)
      .name("Kim Sang Man", NameType.STRONG_AKA)
      .program("DPRK4")
      .identifier(Identifier.crypto("XBT", "1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ"))
      .identifier(Identifier.crypto("ETH", "0x97b1043abd9e6fc31681635166d430a458d14f9c"))
      .identifier(Identifier.crypto("USDT", "0xb6f5ec1a0a9cd1526536d3f0426c429529471f40"))
      .identifier(Identifier.crypto("USDC", "0xb6f5ec1a0a9cd1526536d3f0426c429529471f40"))
      .build();

  public static final ListedEntity CHINYONG = ListedEntity.builder("us-ofac-sdn", "43379", EntityType.ORGANIZATION)
      .name("CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY", NameType.PRIMARY)
      .name("JINYONG IT COOPERATION COMPANY", NameType.STRONG_AKA)
      .program("DPRK2")
      .build();

  public static final ListedEntity BANK_MELLAT = ListedEntity.builder("us-ofac-sdn", "10526", EntityType.ORGANIZATION)
      .name("BANK MELLAT", NameType.PRIMARY)
      .program("IRAN")
      .program("SDGT")
      .identifier(Identifier.of(IdType.BIC, "BKMTIRTH"))
      .build();

  /** A sectoral (SSI) entry on the consolidated non-SDN list: no blocking effect. */
  public static final ListedEntity SECTORAL = ListedEntity.builder("us-ofac-cons", "17389", EntityType.ORGANIZATION)
      .name("NOVATEK GAS POWER TRADING", NameType.PRIMARY)
      .program("UKRAINE-EO13662")
      .build();

  public static final ListedEntity BTC_HOLDER = ListedEntity.builder("us-ofac-sdn", "99001", EntityType.PERSON)
      .name("SATOSHI EXAMPLE HOLDER", NameType.PRIMARY)
      .program("CYBER2")
      .identifier(Identifier.crypto("XBT", "bc1qa5wkgaew2dkv56kfvj49j0av5nml45x9ek9hz6"))
      .build();

  public static List<ListedEntity> all() {
    return List.of(KIM_SANG_MAN, CHINYONG, BANK_MELLAT, SECTORAL, BTC_HOLDER);
  }
}
