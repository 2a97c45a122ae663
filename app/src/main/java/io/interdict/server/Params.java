package io.interdict.server;

import io.interdict.InterdictException;
import io.javalin.http.Context;

/** Query parameters, validated with messages that name the parameter and the bad value. */
public final class Params {
  private Params() {}

  public static double number(Context ctx, String name, double dflt, double min, double max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    double d;
    try {
      d = Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      throw new InterdictException.InvalidInput(name + " must be a number, got '" + v + "'");
    }
    if (Double.isNaN(d) || d < min || d > max) {
      throw new InterdictException.InvalidInput(name + " must be between " + fmt(min) + " and " + fmt(max) + ", got " + v);
    }
    return d;
  }

  public static int integer(Context ctx, String name, int dflt, int min, int max) {
    double d = number(ctx, name, dflt, min, max);
    if (d != Math.rint(d)) {
      throw new InterdictException.InvalidInput(name + " must be a whole number, got " + ctx.queryParam(name));
    }
    return (int) d;
  }

  /** An optional whole-number query parameter of at least {@code min}; null when absent. */
  public static Long optionalLong(Context ctx, String name, long min) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    long n;
    try {
      n = Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw new InterdictException.InvalidInput(name + " must be a whole number, got '" + v + "'");
    }
    if (n < min) {
      throw new InterdictException.InvalidInput(name + " must be at least " + min + ", got " + v);
    }
    return n;
  }

  /** A numeric path parameter (an id). */
  public static long id(Context ctx, String name) {
    String s = ctx.pathParam(name);
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new InterdictException.InvalidInput(name + " must be a number, got '" + s + "'");
    }
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
