package io.interdict.server.console;

/**
 * The console's whole template engine: {@link #fmt} fills {@code {}} placeholders in a constant
 * template, HTML-escaping every argument unless it is already {@link Safe} markup made by this class.
 * Escaping is therefore the default and cannot be forgotten at a call site.
 */
public final class Html {
  private Html() {}

  /** Markup that is safe to emit as is: only this class creates it. */
  public static final class Safe {
    private final String html;

    private Safe(String html) {
      this.html = html;
    }

    @Override
    public String toString() {
      return html;
    }
  }

  public static final Safe EMPTY = new Safe("");

  public static Safe fmt(String template, Object... args) {
    StringBuilder sb = new StringBuilder(template.length() + 64);
    int arg = 0;
    int i = 0;
    while (i < template.length()) {
      int at = template.indexOf("{}", i);
      if (at < 0) {
        sb.append(template, i, template.length());
        break;
      }
      sb.append(template, i, at);
      if (arg >= args.length) {
        throw new IllegalArgumentException("template has more placeholders than arguments: " + template);
      }
      Object a = args[arg++];
      if (a instanceof Safe s) {
        sb.append(s.html);
      } else {
        escape(sb, a == null ? "" : a.toString());
      }
      i = at + 2;
    }
    if (arg != args.length) {
      throw new IllegalArgumentException("template has fewer placeholders than arguments: " + template);
    }
    return new Safe(sb.toString());
  }

  /**
   * Markup built by the caller from numbers and constants only (the SVG chart). Never pass text that
   * came from a user, a list or a request.
   */
  static Safe trusted(String markup) {
    return new Safe(markup);
  }

  /** Concatenates fragments. */
  public static Safe join(Iterable<Safe> parts) {
    StringBuilder sb = new StringBuilder();
    for (Safe p : parts) {
      sb.append(p.html);
    }
    return new Safe(sb.toString());
  }

  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    escape(sb, s);
    return sb.toString();
  }

  private static void escape(StringBuilder sb, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
  }
}
