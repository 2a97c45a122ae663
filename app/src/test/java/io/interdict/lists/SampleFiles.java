package io.interdict.lists;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * List files as their publishers ship them, written here from public facts: an OFAC SDN CSV family
 * (CRLF, {@code -0- } nulls, trailing 0x1A) and a UN consolidated XML, both of any size.
 */
public final class SampleFiles {
  private SampleFiles() {}

  /** SDN.CSV with KIM Sang Man (43377), PARK Jin Hyok (12) and {@code filler} further entries. */
  public static byte[] sdnCsv(int filler) {
    List<String> rows = new ArrayList<>();
    rows.add(row("12", "PARK, Jin Hyok", "individual", "DPRK3", "DOB 15 Aug 1984; nationality Korea, North."));
    rows.add(row("43377", "KIM, Sang Man", "individual", "DPRK3", "DOB 15 Oct 1969; Gender Male."));
    for (int i = 0; i < filler; i++) {
      rows.add(row(String.valueOf(50000 + i), "TRADING COMPANY NUMBER " + i, null, "SDGT", null));
    }
    return ofacFile(rows);
  }

  public static byte[] altCsv() {
    return ofacFile(List.of("12,7001,\"aka\",\"PAK, Jin Hek\",-0- "));
  }

  public static byte[] addCsv() {
    return ofacFile(List.of("12,8001,-0- ,\"Pyongyang\",\"Korea, North\",-0- "));
  }

  public static byte[] commentsCsv() {
    return ofacFile(List.of("43377,\" Additional Sanctions Information - Subject to Secondary Sanctions.\""));
  }

  private static String row(String id, String name, String type, String program, String remarks) {
    return id + ",\"" + name + "\"," + quoted(type) + ",\"" + program + "\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
        + quoted(remarks);
  }

  private static String quoted(String s) {
    return s == null ? "-0- " : "\"" + s + "\"";
  }

  private static byte[] ofacFile(List<String> rows) {
    return (String.join("\r\n", rows) + "\r\n\u001a").getBytes(StandardCharsets.UTF_8);
  }

  /** A UN consolidated list with KIM Song Il (KPi.066) and the Reconnaissance General Bureau. */
  public static byte[] unXml() {
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:09.554Z\">\n"
        + "  <INDIVIDUALS>\n"
        + "    <INDIVIDUAL>\n"
        + "      <DATAID>6908555</DATAID><VERSIONNUM>1</VERSIONNUM>\n"
        + "      <FIRST_NAME>KIM</FIRST_NAME><SECOND_NAME>SONG IL</SECOND_NAME>\n"
        + "      <UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPi.066</REFERENCE_NUMBER>\n"
        + "      <LISTED_ON>2017-08-05</LISTED_ON>\n"
        + "      <NATIONALITY><VALUE>Democratic People's Republic of Korea</VALUE></NATIONALITY>\n"
        + "      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1966-03-26</DATE>"
        + "</INDIVIDUAL_DATE_OF_BIRTH>\n"
        + "    </INDIVIDUAL>\n"
        + "  </INDIVIDUALS>\n"
        + "  <ENTITIES>\n"
        + "    <ENTITY>\n"
        + "      <DATAID>6908526</DATAID><VERSIONNUM>1</VERSIONNUM>\n"
        + "      <FIRST_NAME>RECONNAISSANCE GENERAL BUREAU</FIRST_NAME>\n"
        + "      <UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPe.031</REFERENCE_NUMBER>\n"
        + "      <LISTED_ON>2016-03-02</LISTED_ON>\n"
        + "    </ENTITY>\n"
        + "  </ENTITIES>\n"
        + "</CONSOLIDATED_LIST>\n").getBytes(StandardCharsets.UTF_8);
  }

  /** Writes an SDN CSV family ({@code sdn.csv}, {@code alt.csv}, {@code add.csv}, comments) into {@code dir}. */
  public static Path sdnFamily(Path dir, int filler) throws IOException {
    Files.createDirectories(dir);
    Files.write(dir.resolve("sdn.csv"), sdnCsv(filler));
    Files.write(dir.resolve("alt.csv"), altCsv());
    Files.write(dir.resolve("add.csv"), addCsv());
    Files.write(dir.resolve("sdn_comments.csv"), commentsCsv());
    return dir;
  }
}
