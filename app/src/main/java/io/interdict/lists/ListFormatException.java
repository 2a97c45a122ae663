package io.interdict.lists;

import io.interdict.InterdictException;

/**
 * A list file is malformed, truncated or not a list at all. Carries the file and the line (1-based,
 * 0 when unknown) so that the message tells an operator exactly where to look.
 */
public final class ListFormatException extends InterdictException {
  private final String file;
  private final long line;

  public ListFormatException(String file, long line, String problem) {
    super(format(file, line, problem));
    this.file = file;
    this.line = line;
  }

  public ListFormatException(String file, long line, String problem, Throwable cause) {
    super(format(file, line, problem), cause);
    this.file = file;
    this.line = line;
  }

  private static String format(String file, long line, String problem) {
    return line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem;
  }

  public String file() {
    return file;
  }

  public long line() {
    return line;
  }

  @Override
  public int exitCode() {
    return 7;
  }

  @Override
  public int httpStatus() {
    return 422;
  }
}
