package org.luoshi.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work on the workspace connection, run by {@link Database#inTransaction}. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
