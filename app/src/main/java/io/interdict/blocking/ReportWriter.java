package io.interdict.blocking;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.interdict.InterdictException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.text.StringEscapeUtils;

/** Writes a {@link Report} as JSON or CSV (for systems) or HTML or PDF (for people). */
public final class ReportWriter {
  public enum Format {
    JSON,
    CSV,
    HTML,
    PDF
  }

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportWriter() {}

  public static void write(Report r, Format format, OutputStream out) throws IOException {
    switch (format) {
      case JSON:
        JSON.writeValue(new NonClosing(out), json(r));
        out.write('\n');
        break;
      case CSV:
        csv(r, out);
        break;
      case HTML:
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(html(r));
        w.flush();
        break;
      case PDF:
        pdf(r, out);
        break;
      default:
        throw new IllegalArgumentException(format.toString());
    }
    out.flush();
  }

  static Map<String, Object> json(Report r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("report", r.kind());
    m.put("title", r.title());
    m.put("regulation", r.regulation());
    m.put("as_of", r.asOf().toString());
    if (r.due() != null) {
      m.put("due", r.due().toString());
    }
    m.put("items", r.rows().stream().map(row -> {
      Map<String, String> o = new LinkedHashMap<>();
      for (int i = 0; i < row.size(); i++) {
        o.put(r.columns().get(i), row.get(i));
      }
      return o;
    }).toList());
    m.put("notes", r.notes());
    return m;
  }

  private static void csv(Report r, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(r.columns().toArray(String[]::new)).get());
    for (List<String> row : r.rows()) {
      p.printRecord(row);
    }
    p.flush();
  }

  static String html(Report r) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(r.title()))
        .append("</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;font-size:0.85em}"
            + "th,td{border:1px solid #999;padding:3px 6px;text-align:left}th{background:#eee}</style></head><body>\n");
    sb.append("<h1>").append(esc(r.title())).append("</h1>\n<p>").append(esc(r.regulation())).append(" &middot; as of ")
        .append(r.asOf());
    if (r.due() != null) {
      sb.append(" &middot; due ").append(r.due());
    }
    sb.append("</p>\n<table><thead><tr>");
    for (String c : r.columns()) {
      sb.append("<th>").append(esc(c)).append("</th>");
    }
    sb.append("</tr></thead><tbody>\n");
    for (List<String> row : r.rows()) {
      sb.append("<tr>");
      for (String cell : row) {
        sb.append("<td>").append(esc(cell)).append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody></table>\n<ul>");
    for (String n : r.notes()) {
      sb.append("<li>").append(esc(n)).append("</li>");
    }
    sb.append("</ul>\n</body></html>\n");
    return sb.toString();
  }

  private static void pdf(Report r, OutputStream out) {
    Document doc = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
    try {
      PdfWriter.getInstance(doc, new NonClosing(out));
      doc.open();
      doc.add(new Paragraph(r.title(), new Font(Font.HELVETICA, 14, Font.BOLD)));
      doc.add(new Paragraph(r.regulation() + " - as of " + r.asOf() + (r.due() == null ? "" : " - due " + r.due()),
          new Font(Font.HELVETICA, 9)));
      doc.add(new Paragraph(" "));
      PdfPTable t = new PdfPTable(r.columns().size());
      t.setWidthPercentage(100);
      Font head = new Font(Font.HELVETICA, 6, Font.BOLD);
      Font body = new Font(Font.HELVETICA, 6);
      for (String c : r.columns()) {
        t.addCell(new PdfPCell(new Phrase(c.replace('_', ' ').toUpperCase(Locale.ROOT), head)));
      }
      t.setHeaderRows(1);
      for (List<String> row : r.rows()) {
        for (String cell : row) {
          t.addCell(new PdfPCell(new Phrase(cell, body)));
        }
      }
      doc.add(t);
      for (String n : r.notes()) {
        doc.add(new Paragraph(n, new Font(Font.HELVETICA, 8)));
      }
    } catch (DocumentException e) {
      throw new InterdictException("cannot write the PDF report: " + e.getMessage(), e);
    } finally {
      doc.close();
    }
  }

  private static String esc(String s) {
    return StringEscapeUtils.escapeHtml4(s);
  }

  /** Keeps the caller's stream open when a library closes what it was given. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
