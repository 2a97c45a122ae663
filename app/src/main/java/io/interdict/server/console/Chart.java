package io.interdict.server.console;

import io.interdict.cases.Alert;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Inline SVG bar chart of alerts raised and decisions closed per day: no script, no library. */
final class Chart {
  private static final int W = 720;
  private static final int H = 160;
  private static final int PAD = 24;

  private Chart() {}

  static Html.Safe alertsAndDecisions(List<Alert> alerts, LocalDate today, int days) {
    int[] raised = new int[days];
    int[] closed = new int[days];
    LocalDate first = today.minusDays(days - 1L);
    for (Alert a : alerts) {
      count(raised, first, a.createdAt());
      if (a.status().closed()) {
        count(closed, first, a.closedAt());
      }
    }
    int max = 1;
    for (int i = 0; i < days; i++) {
      max = Math.max(max, Math.max(raised[i], closed[i]));
    }
    double slot = (W - 2.0 * PAD) / days;
    double bar = Math.max(1, slot / 2 - 1);
    StringBuilder bars = new StringBuilder();
    for (int i = 0; i < days; i++) {
      double x = PAD + i * slot;
      bars.append(rect(x, raised[i], max, bar, "#1f5fbf", first.plusDays(i) + ": " + raised[i] + " raised"));
      bars.append(rect(x + bar, closed[i], max, bar, "#1a7f37", first.plusDays(i) + ": " + closed[i] + " closed"));
    }
    // Numbers and dates only below: nothing user-supplied reaches the SVG.
    String svg = "<svg class=\"chart\" id=\"chart\" viewBox=\"0 0 " + W + " " + (H + 30) + "\" width=\"100%\" role=\"img\" "
        + "aria-label=\"alerts raised and closed per day\">"
        + "<line x1=\"" + PAD + "\" y1=\"" + H + "\" x2=\"" + (W - PAD) + "\" y2=\"" + H + "\" stroke=\"#d8dce3\"/>"
        + bars
        + "<text x=\"" + PAD + "\" y=\"" + (H + 16) + "\">" + first + "</text>"
        + "<text x=\"" + (W - PAD) + "\" y=\"" + (H + 16) + "\" text-anchor=\"end\">" + today + "</text>"
        + "<text x=\"" + PAD + "\" y=\"12\">max " + max + "/day</text>"
        + "<rect x=\"" + (W - 230) + "\" y=\"2\" width=\"10\" height=\"10\" fill=\"#1f5fbf\"/><text x=\"" + (W - 215)
        + "\" y=\"11\">raised</text><rect x=\"" + (W - 150) + "\" y=\"2\" width=\"10\" height=\"10\" fill=\"#1a7f37\"/>"
        + "<text x=\"" + (W - 135) + "\" y=\"11\">decided (closed)</text></svg>";
    return Html.trusted(svg);
  }

  private static void count(int[] perDay, LocalDate first, Instant at) {
    if (at == null) {
      return;
    }
    long i = at.atZone(ZoneOffset.UTC).toLocalDate().toEpochDay() - first.toEpochDay();
    if (i >= 0 && i < perDay.length) {
      perDay[(int) i]++;
    }
  }

  private static String rect(double x, int n, int max, double width, String fill, String title) {
    if (n == 0) {
      return "";
    }
    double h = (H - PAD) * (double) n / max;
    return String.format(java.util.Locale.ROOT,
        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>",
        x, H - h, width, h, fill, title);
  }
}
