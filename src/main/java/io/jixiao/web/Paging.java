package io.jixiao.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

/**
 * One page of a list the API returns: {@code page} counts from 1, {@code size} is at most the
 * limit {@code page-size} (more is cut to it). A page beyond the last gives the last page; a page
 * or size below 1 is refused with 400. The whole list's length and the page are told in the headers
 * {@code X-Total-Count}, {@code X-Page}, {@code X-Page-Count} and {@code X-Page-Size}.
 */
final class Paging {

  private Paging() {}

  static <T> List<T> page(
      List<T> all, Integer page, Integer size, int maxSize, HttpServletResponse response) {
    int s = size == null ? maxSize : size;
    if (s < 1) {
      throw WebException.badRequest("每页条数 size 应不小于 1，实际为 " + s);
    }
    s = Math.min(s, maxSize);
    int p = page == null ? 1 : page;
    if (p < 1) {
      throw WebException.badRequest("页码 page 应不小于 1，实际为 " + p);
    }
    int pages = Math.max(1, (all.size() + s - 1) / s);
    p = Math.min(p, pages);
    int from = (p - 1) * s;
    response.setHeader("X-Total-Count", String.valueOf(all.size()));
    response.setHeader("X-Page", String.valueOf(p));
    response.setHeader("X-Page-Count", String.valueOf(pages));
    response.setHeader("X-Page-Size", String.valueOf(s));
    return all.subList(from, Math.min(all.size(), from + s));
  }

  /**
   * The page {@code page} of a list of {@code count} entries counted by the database, {@code size}
   * entries long (at most {@code maxSize}), told in the same headers as {@link #page}.
   *
   * @return the page shown and its size
   */
  static int[] window(
      long count, Integer page, Integer size, int maxSize, HttpServletResponse response) {
    int s = size == null ? maxSize : size;
    if (s < 1) {
      throw WebException.badRequest("每页条数 size 应不小于 1，实际为 " + s);
    }
    s = Math.min(s, maxSize);
    int p = page == null ? 1 : page;
    if (p < 1) {
      throw WebException.badRequest("页码 page 应不小于 1，实际为 " + p);
    }
    long pages = Math.max(1, (count + s - 1) / s);
    p = (int) Math.min(p, pages);
    response.setHeader("X-Total-Count", String.valueOf(count));
    response.setHeader("X-Page", String.valueOf(p));
    response.setHeader("X-Page-Count", String.valueOf(pages));
    response.setHeader("X-Page-Size", String.valueOf(s));
    return new int[] {p, s};
  }

  /** The page to show of {@code count} entries, {@code size} a page: 1 to the last page. */
  static int clamp(int page, long count, int size) {
    long pages = Math.max(1, (count + size - 1) / size);
    return (int) Math.max(1, Math.min(page, pages));
  }
}
