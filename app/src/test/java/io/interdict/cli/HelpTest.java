package io.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command's usage prints cleanly: a stray % in a description makes picocli warn and print it raw. */
class HelpTest {
  static Stream<Arguments> commands() {
    List<Arguments> out = new ArrayList<>();
    collect(new CommandLine(new Main()), "interdict", out);
    return out.stream();
  }

  private static void collect(CommandLine cl, String path, List<Arguments> out) {
    out.add(Arguments.of(path, cl));
    for (var e : cl.getSubcommands().entrySet()) {
      collect(e.getValue(), path + " " + e.getKey(), out);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void usagePrintsWithoutAWarning(String path, CommandLine command) {
    PrintStream saved = System.err;
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    StringWriter usage = new StringWriter();
    try {
      System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
      command.usage(new PrintWriter(usage, true));
    } finally {
      System.setErr(saved);
    }
    assertThat(usage.toString()).contains("Usage: " + path);
    assertThat(stderr.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
