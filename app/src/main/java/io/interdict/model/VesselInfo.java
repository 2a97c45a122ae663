package io.interdict.model;

/** Vessel particulars as OFAC lists them; any part may be null. */
public record VesselInfo(
    String callSign, String vesselType, String tonnage, String grossRegisteredTonnage, String flag, String owner) {}
