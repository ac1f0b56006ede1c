package io.jixiao.cli;

import io.jixiao.limits.Limits;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --limit NAME=VALUE} option of the commands that read documents (ADR 0013). */
final class LimitsOption {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--limit",
      paramLabel = "NAME=VALUE",
      description = {
        "改变一项上限，可重复，例如 --limit tables=5000 --limit upload-bytes=50MB。",
        "可用的上限：upload-bytes、unpacked-bytes、workbook-cells、tables、indicators-per-table、"
            + "concurrent-parses、parse-queue、parse-wait-seconds、page-size（见 README）。"
      })
  List<String> settings = new ArrayList<>();

  /** The defaults with the settings given applied; a wrong setting is a usage error. */
  Limits limits() {
    try {
      return Limits.DEFAULTS.with(settings);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(mixee.commandLine(), e.getMessage());
    }
  }
}
