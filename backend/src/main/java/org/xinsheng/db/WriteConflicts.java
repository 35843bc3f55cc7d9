package org.xinsheng.db;

import java.sql.SQLException;

/**
 * Recognises a write transaction the database rolled back because another one won: a deadlock, or on a Galera
 * cluster a certification conflict with a transaction committed on another node. Both come as SQL state 40001 (MySQL
 * and MariaDB error 1213; H2 uses the state as its code). Such a transaction did not happen and may simply be run
 * again; any other error may not be.
 */
public final class WriteConflicts {

    static final String SERIALIZATION_FAILURE = "40001";
    static final int ER_LOCK_DEADLOCK = 1213;

    private WriteConflicts() {
    }

    public static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && (SERIALIZATION_FAILURE.equals(sql.getSQLState()) || sql.getErrorCode() == ER_LOCK_DEADLOCK)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
