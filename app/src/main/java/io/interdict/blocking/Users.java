package io.interdict.blocking;

import io.interdict.InterdictException;

/** Checks on the user names that sign ledger movements. */
final class Users {
  private Users() {}

  static void require(String user) {
    if (user == null || user.isBlank()) {
      throw new InterdictException.InvalidInput("a user is required (--user) for anything that changes the ledger");
    }
  }

  static boolean same(String a, String b) {
    return a.strip().equalsIgnoreCase(b.strip());
  }
}
