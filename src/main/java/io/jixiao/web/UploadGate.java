package io.jixiao.web;

import io.jixiao.limits.Limits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * At most {@link Limits#concurrentParses()} uploads are read at once; up to {@link
 * Limits#parseQueue()} more wait for their turn, each at most {@link Limits#parseWaitSeconds()}; any
 * other is refused at once with 429 and Retry-After (ADR 0013). Six parallel uploads of a large
 * DOCX once took 5 GB of heap; now the heap needed is bounded by the few read at a time.
 */
final class UploadGate implements HandlerInterceptor {

  /** The paths whose POST reads a file. */
  static final String[] PATHS = {"/upload", "/actuals/upload", "/api/documents", "/api/actuals"};

  private static final String PERMIT = UploadGate.class.getName() + ".permit";

  private final Semaphore running;
  private final AtomicInteger admitted = new AtomicInteger();
  private final int capacity;
  private final int waitSeconds;

  UploadGate(Limits limits) {
    this.running = new Semaphore(limits.concurrentParses(), true);
    this.capacity = limits.concurrentParses() + limits.parseQueue();
    this.waitSeconds = limits.parseWaitSeconds();
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h)
      throws InterruptedException {
    if ("POST".equals(request.getMethod())) {
      enter();
      request.setAttribute(PERMIT, Boolean.TRUE);
    }
    return true;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object h, Exception e) {
    if (request.getAttribute(PERMIT) != null) {
      request.removeAttribute(PERMIT);
      leave();
    }
  }

  /**
   * Waits for a turn to read a file.
   *
   * @throws WebException 429 when the queue is full or the turn does not come in time
   */
  void enter() throws InterruptedException {
    if (admitted.incrementAndGet() > capacity) {
      admitted.decrementAndGet();
      throw busy();
    }
    if (!running.tryAcquire(waitSeconds, TimeUnit.SECONDS)) {
      admitted.decrementAndGet();
      throw busy();
    }
  }

  void leave() {
    running.release();
    admitted.decrementAndGet();
  }

  private WebException busy() {
    return WebException.busy(
        "服务器正在处理其他上传的文件，请 " + waitSeconds + " 秒后重试（同时读取的文件数已达上限）", waitSeconds);
  }
}
