package io.jixiao.publish;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log to SLF4J instead of java.util.logging on standard error: its warnings
 * stay warnings, its chatty INFO lines (timings, "prepare to fly") become DEBUG.
 */
final class OpenHtmlLog implements XRLogger {

  private static boolean installed;

  private OpenHtmlLog() {}

  static synchronized void install() {
    if (!installed) {
      XRLog.setLoggerImpl(new OpenHtmlLog());
      installed = true;
    }
  }

  private static Logger logger(String where) {
    return LoggerFactory.getLogger(where == null ? "com.openhtmltopdf" : where);
  }

  @Override
  public void log(String where, Level level, String msg) {
    log(where, level, msg, null);
  }

  @Override
  public void log(String where, Level level, String msg, Throwable th) {
    Logger log = logger(where);
    int v = level.intValue();
    if (v >= Level.SEVERE.intValue()) {
      log.error(msg, th);
    } else if (v >= Level.WARNING.intValue()) {
      log.warn(msg, th);
    } else if (v >= Level.FINE.intValue()) {
      log.debug(msg, th);
    } else {
      log.trace(msg, th);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {
    // levels are set in the logging configuration
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    Logger log = LoggerFactory.getLogger("com.openhtmltopdf");
    int v = diagnostic.getLevel().intValue();
    if (v >= Level.SEVERE.intValue()) {
      return log.isErrorEnabled();
    }
    if (v >= Level.WARNING.intValue()) {
      return log.isWarnEnabled();
    }
    return v >= Level.FINE.intValue() ? log.isDebugEnabled() : log.isTraceEnabled();
  }
}
