package io.jixiao.store;

/**
 * What saving an actuals file did: the import's id, how many lines were new and how many replaced a
 * line imported before (same table, row and month).
 */
public record StoredActuals(String file, long importId, int created, int replaced) {}
