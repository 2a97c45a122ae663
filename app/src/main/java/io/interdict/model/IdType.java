package io.interdict.model;

/** Kinds of identifier that screening treats specially. */
public enum IdType {
  PASSPORT,
  NATIONAL_ID,
  TAX_ID,
  REGISTRATION,
  IMO,
  MMSI,
  BIC,
  /** A digital currency address; {@link Identifier#ticker()} names the chain (XBT, ETH, USDT, ...). */
  CRYPTO,
  EMAIL,
  WEBSITE,
  PHONE,
  OTHER
}
