package io.interdict.payments;

/**
 * What happens to a payment, in increasing severity: the most severe outcome of any rule wins.
 * BLOCK (freeze the funds in a blocked account, 31 CFR 501.603) outranks REJECT (refuse to process,
 * 501.604) because property in which a blocked person has an interest must be blocked, not returned.
 */
public enum Decision {
  RELEASE,
  HOLD,
  REJECT,
  BLOCK
}
