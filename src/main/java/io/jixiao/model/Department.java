package io.jixiao.model;

/** The department (部门) a document belongs to, and the budget year it is for. */
public record Department(String name, Integer year) {

  public Department {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a department needs a name");
    }
    if (year != null && (year < 1990 || year > 2100)) {
      throw new IllegalArgumentException("implausible budget year: " + year);
    }
  }
}
