import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.*;
import java.util.*;

/**
 * Two builds of the review engine in one JVM, alternating short rounds measured in thread CPU
 * time, so that both see the same load: {@code java ReviewPair.java LIBS OLD_CLASSES NEW_CLASSES
 * PAIRS SEED...} where LIBS is a jar's unpacked BOOT-INF/lib and each CLASSES its BOOT-INF/classes.
 * Prints tables per CPU second per round and the ratio new / old (docs/benchmarks.md, Review).
 */
public class ReviewPair {
  static final ThreadMXBean T = ManagementFactory.getThreadMXBean();

  static class Side {
    String name; Object engine; Method review; List<Object> docs = new ArrayList<>(); int tables;
    Side(String name, ClassLoader parent, Path classes, List<Path> seeds) throws Exception {
      this.name = name;
      ClassLoader l = new URLClassLoader(new URL[] {classes.toUri().toURL()}, parent);
      Class<?> reader = l.loadClass("io.jixiao.document.DocumentReader");
      Object r = reader.getConstructor().newInstance();
      Method read = reader.getMethod("read", String.class, byte[].class);
      for (Path s : seeds) {
        Object result = read.invoke(r, s.getFileName().toString(), Files.readAllBytes(s));
        Object doc = result.getClass().getMethod("document").invoke(result);
        docs.add(doc);
        tables += ((List<?>) doc.getClass().getMethod("projects").invoke(doc)).size();
      }
      Class<?> eng = l.loadClass("io.jixiao.review.ReviewEngine");
      engine = eng.getConstructor().newInstance();
      review = eng.getMethod("review", l.loadClass("io.jixiao.model.TargetDocument"));
    }
    /** Tables per CPU second over about {@code millis} of CPU. */
    double round(long millis) throws Exception {
      long start = T.getCurrentThreadCpuTime();
      long end = start + millis * 1_000_000L;
      long n = 0;
      long now;
      do {
        for (Object d : docs) review.invoke(engine, d);
        n += tables;
        now = T.getCurrentThreadCpuTime();
      } while (now < end);
      return n / ((now - start) / 1e9);
    }
  }

  public static void main(String[] a) throws Exception {
    List<URL> libs = new ArrayList<>();
    for (File f : new File(a[0]).listFiles()) libs.add(f.toURI().toURL());
    ClassLoader parent = new URLClassLoader(libs.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    List<Path> seeds = new ArrayList<>();
    for (int i = 4; i < a.length; i++) seeds.add(Path.of(a[i]));
    Side x = new Side("base", parent, Path.of(a[1]), seeds);
    Side y = new Side("new", parent, Path.of(a[2]), seeds);
    int pairs = Integer.parseInt(a[3]);
    for (int i = 0; i < 6; i++) { x.round(500); y.round(500); } // warm-up
    double[] r = new double[pairs]; double sx = 0, sy = 0;
    for (int i = 0; i < pairs; i++) {
      double vx = i % 2 == 0 ? x.round(400) : 0, vy = y.round(400);
      if (i % 2 == 1) vx = x.round(400);
      r[i] = vy / vx; sx += vx; sy += vy;
      System.out.printf("pair %2d  base %7.0f  new %7.0f  ratio %.3f%n", i + 1, vx, vy, r[i]);
    }
    Arrays.sort(r);
    System.out.printf("mean base %.0f  mean new %.0f tables per CPU second; median ratio new/base %.3f (range %.3f–%.3f)%n",
        sx / pairs, sy / pairs, r[pairs / 2], r[0], r[pairs - 1]);
  }
}
