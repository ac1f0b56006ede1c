package io.jixiao.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** 资金支出计划（%）: cumulative percentages at the end of March, June, October and December. */
public record SpendingPlan(Percent mar, Percent jun, Percent oct, Percent dec) {

  /** The checkpoints in order, as (month, percent) pairs, blanks included as null. */
  public List<Percent> checkpoints() {
    List<Percent> list = new ArrayList<>(4);
    list.add(mar);
    list.add(jun);
    list.add(oct);
    list.add(dec);
    return Collections.unmodifiableList(list);
  }

  public static final int[] MONTHS = {3, 6, 10, 12};
}
