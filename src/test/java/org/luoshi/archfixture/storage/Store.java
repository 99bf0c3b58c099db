package org.luoshi.archfixture.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** Allowed: storage uses JDBC. */
public class Store {
    void save(Connection connection) throws SQLException {
        connection.commit();
    }
}
