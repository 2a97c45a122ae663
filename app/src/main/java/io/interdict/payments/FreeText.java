package io.interdict.payments;

/** Unstructured text of a message: remittance information (Ustrd), MT field 70 or 72. */
public record FreeText(String fieldPath, String text) {}
