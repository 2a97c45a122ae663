package io.interdict.lists;

import io.interdict.model.ListSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures list reading: for each file, the time of a full read (checksum included), MB/s, entities/s
 * and the peak heap during the read. With {@code --advanced N} it first writes a synthetic OFAC
 * Advanced XML of N parties (about 3 KB each, so 40,000 parties is the size of the real 120 MB file)
 * to show that memory follows the number of parties, not the size of the XML.
 *
 * <p>{@code java -cp interdict.jar io.interdict.lists.ListReadBenchmark [--runs R] [--advanced N] [FILE...]}
 */
public final class ListReadBenchmark {
  private ListReadBenchmark() {}

  public static void main(String[] args) throws IOException {
    int runs = 3;
    List<Path> files = new ArrayList<>();
    Path generated = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--advanced" -> {
          generated = Files.createTempFile("interdict-bench-", "-SDN_ADVANCED.XML");
          writeAdvanced(generated, Integer.parseInt(args[++i]));
          files.add(generated);
        }
        default -> files.add(Path.of(args[i]));
      }
    }
    try {
      for (Path f : files) {
        double mb = Files.size(f) / 1e6;
        for (int r = 1; r <= runs; r++) {
          System.gc();
          resetPeaks();
          long t = System.nanoTime();
          ListSnapshot s = ListFormats.read(f, false);
          double sec = (System.nanoTime() - t) / 1e9;
          System.out.printf(
              Locale.ROOT,
              "%s run %d: %d entities, %.1f MB in %.2f s = %.1f MB/s, %.0f entities/s, peak heap %d MB%n",
              f.getFileName(), r, s.entities().size(), mb, sec, mb / sec, s.entities().size() / sec, peakHeapMb());
        }
      }
    } finally {
      if (generated != null) {
        Files.deleteIfExists(generated);
      }
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
  }

  private static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum >> 20;
  }

  /** A schema-valid Advanced XML: reference tables, then N parties with aliases, a birth date and a crypto address. */
  static void writeAdvanced(Path out, int parties) {
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Sanctions xmlns=\"https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADVANCED_XML\">\n");
      w.write("<DateOfIssue><Year>2024</Year><Month>9</Month><Day>27</Day></DateOfIssue>\n<ReferenceValueSets>\n");
      w.write("<AliasTypeValues><AliasType ID=\"1400\">A.K.A.</AliasType><AliasType ID=\"1403\">Name</AliasType></AliasTypeValues>\n");
      w.write("<FeatureTypeValues><FeatureType ID=\"8\">Birthdate</FeatureType><FeatureType ID=\"345\">Digital Currency Address - ETH</FeatureType></FeatureTypeValues>\n");
      w.write("<NamePartTypeValues><NamePartType ID=\"1520\">Last Name</NamePartType><NamePartType ID=\"1521\">First Name</NamePartType></NamePartTypeValues>\n");
      w.write("<PartySubTypeValues><PartySubType ID=\"4\" PartyTypeID=\"1\">Unknown</PartySubType></PartySubTypeValues>\n");
      w.write("<PartyTypeValues><PartyType ID=\"1\">Individual</PartyType></PartyTypeValues>\n");
      w.write("<SanctionsTypeValues><SanctionsType ID=\"1\">Program</SanctionsType></SanctionsTypeValues>\n</ReferenceValueSets>\n<DistinctParties>\n");
      for (int i = 0; i < parties; i++) {
        int id = 100000 + i;
        w.write("<DistinctParty FixedRef=\"" + id + "\"><Comment/><Profile ID=\"" + id + "\" PartySubTypeID=\"4\">\n");
        w.write("<Identity ID=\"" + id + "\" FixedRef=\"" + id + "\" Primary=\"true\" False=\"false\">\n");
        for (int a = 0; a < 4; a++) {
          w.write("<Alias FixedRef=\"" + id + "\" AliasTypeID=\"" + (a == 0 ? "1403" : "1400") + "\" Primary=\"" + (a == 0) + "\" LowQuality=\"" + (a == 3) + "\">");
          w.write("<DocumentedName ID=\"" + (id * 10 + a) + "\" FixedRef=\"" + id + "\" DocNameStatusID=\"1\">");
          w.write("<DocumentedNamePart><NamePartValue NamePartGroupID=\"" + (id * 10 + a) + "1\" ScriptID=\"215\" ScriptStatusID=\"1\" Acronym=\"false\">SURNAME" + i + "X" + a + "</NamePartValue></DocumentedNamePart>");
          w.write("<DocumentedNamePart><NamePartValue NamePartGroupID=\"" + (id * 10 + a) + "2\" ScriptID=\"215\" ScriptStatusID=\"1\" Acronym=\"false\">Given" + a + "</NamePartValue></DocumentedNamePart>");
          w.write("</DocumentedName></Alias>\n");
        }
        w.write("<NamePartGroups>");
        for (int a = 0; a < 4; a++) {
          w.write("<MasterNamePartGroup><NamePartGroup ID=\"" + (id * 10 + a) + "1\" NamePartTypeID=\"1520\"/></MasterNamePartGroup>");
          w.write("<MasterNamePartGroup><NamePartGroup ID=\"" + (id * 10 + a) + "2\" NamePartTypeID=\"1521\"/></MasterNamePartGroup>");
        }
        w.write("</NamePartGroups></Identity>\n");
        w.write("<Feature ID=\"" + id + "1\" FeatureTypeID=\"8\"><FeatureVersion ID=\"" + id + "1\" ReliabilityID=\"1\"><Comment/><DatePeriod CalendarTypeID=\"1\" YearFixed=\"false\" MonthFixed=\"false\" DayFixed=\"false\">");
        String day = "<Year>" + (1940 + i % 60) + "</Year><Month>" + (1 + i % 12) + "</Month><Day>" + (1 + i % 28) + "</Day>";
        w.write("<Start Approximate=\"false\"><From>" + day + "</From><To>" + day + "</To></Start><End Approximate=\"false\"><From>" + day + "</From><To>" + day + "</To></End>");
        w.write("</DatePeriod></FeatureVersion><IdentityReference IdentityID=\"" + id + "\" IdentityFeatureLinkTypeID=\"1\"/></Feature>\n");
        w.write("<Feature ID=\"" + id + "2\" FeatureTypeID=\"345\"><FeatureVersion ID=\"" + id + "2\" ReliabilityID=\"1\"><Comment/><VersionDetail DetailTypeID=\"1432\">0x" + String.format(Locale.ROOT, "%040x", i) + "</VersionDetail></FeatureVersion>");
        w.write("<IdentityReference IdentityID=\"" + id + "\" IdentityFeatureLinkTypeID=\"1\"/></Feature>\n</Profile></DistinctParty>\n");
      }
      w.write("</DistinctParties>\n<SanctionsEntries>\n");
      for (int i = 0; i < parties; i++) {
        int id = 100000 + i;
        w.write("<SanctionsEntry ID=\"" + id + "\" ProfileID=\"" + id + "\" ListID=\"1550\"><SanctionsMeasure ID=\"" + id + "\" SanctionsTypeID=\"1\"><Comment>SDGT</Comment></SanctionsMeasure></SanctionsEntry>\n");
      }
      w.write("</SanctionsEntries>\n</Sanctions>\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
