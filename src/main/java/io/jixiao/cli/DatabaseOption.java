package io.jixiao.cli;

import io.jixiao.store.Database;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --db URL} option of the commands that use the database. */
final class DatabaseOption {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--db",
      paramLabel = "URL",
      description = {
        "数据库地址（JDBC URL）：jdbc:h2:file:… 或 jdbc:postgresql://主机:端口/库名[?user=…&password=…]。",
        "不给 --db 时：import、show、actuals-import 等用环境变量 JIXIAO_DB，未设置时用 ./data 下的 H2 文件库；"
            + "review、monitor、evaluate 只处理 DOC 文件。"
      })
  String url;

  /** True when {@code --db} was given on the command line. */
  boolean given() {
    return url != null && !url.isBlank();
  }

  /** The URL given, else {@code JIXIAO_DB}, else the default H2 file database. */
  String url() {
    String u = url;
    if (u == null || u.isBlank()) {
      u = System.getenv("JIXIAO_DB");
    }
    if (u == null || u.isBlank()) {
      return Database.DEFAULT_URL;
    }
    if (!u.startsWith("jdbc:h2:") && !u.startsWith("jdbc:postgresql:")) {
      throw new ParameterException(
          mixee.commandLine(), "不支持的数据库地址：" + u + "（应为 jdbc:h2:… 或 jdbc:postgresql://…）");
    }
    return u;
  }

  /**
   * Opens and migrates the database; a failure becomes a {@link io.jixiao.store.StoreException}.
   */
  Database open() {
    return Database.open(url());
  }
}
