package io.interdict.payments;

import io.interdict.model.IdType;
import io.interdict.model.Identifier;
import io.interdict.model.ListedEntity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact-match indexes over listed identifiers, built once per list version: digital-currency addresses
 * (canonical form, see {@link CryptoAddresses}) and BICs (normal form, see {@link Bics}). Read-only
 * after construction and safe to share across threads.
 */
public final class IdentifierIndex {
  /** One listing of an identifier: the entity and the ticker it was listed under (crypto only). */
  public record Listing(ListedEntity entity, Identifier identifier) {}

  private final Map<String, List<Listing>> crypto = new HashMap<>();
  private final Map<String, List<Listing>> bics = new HashMap<>();

  public IdentifierIndex(List<ListedEntity> entities) {
    for (ListedEntity e : entities) {
      for (Identifier id : e.identifiers()) {
        if (id.type() == IdType.CRYPTO) {
          crypto.computeIfAbsent(CryptoAddresses.canonical(id.value()), k -> new ArrayList<>(1)).add(new Listing(e, id));
        } else if (id.type() == IdType.BIC) {
          String b = Bics.normalize(id.value());
          if (Bics.isValid(b)) {
            bics.computeIfAbsent(b, k -> new ArrayList<>(1)).add(new Listing(e, id));
          }
        }
      }
    }
  }

  /** Listings of this address (any case where the address scheme is case-insensitive). */
  public List<Listing> crypto(String address) {
    return address == null ? List.of() : crypto.getOrDefault(CryptoAddresses.canonical(address), List.of());
  }

  /**
   * Listings of this BIC: the exact BIC11, and the listed BIC8 for any of its branches (a listed head
   * office covers its branches; a listed branch does not cover the head office).
   */
  public List<Listing> bic(String bic) {
    String b = Bics.normalize(bic);
    if (!Bics.isValid(b)) {
      return List.of();
    }
    List<Listing> exact = bics.getOrDefault(b, List.of());
    if (b.length() == 11) {
      List<Listing> head = bics.getOrDefault(b.substring(0, 8), List.of());
      if (!head.isEmpty()) {
        List<Listing> both = new ArrayList<>(exact);
        both.addAll(head);
        return both;
      }
    }
    return exact;
  }

  public int cryptoAddresses() {
    return crypto.size();
  }
}
