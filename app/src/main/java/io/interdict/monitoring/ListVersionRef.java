package io.interdict.monitoring;

/** One stored version of one list: its store id, its source and a label for people (e.g. the publication date). */
public record ListVersionRef(long id, String source, String label) {}
