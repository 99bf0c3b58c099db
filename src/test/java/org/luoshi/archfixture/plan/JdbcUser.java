package org.luoshi.archfixture.plan;

import java.sql.Connection;
import java.sql.SQLException;

/** Planted: JDBC outside storage. */
public class JdbcUser {
    void save(Connection connection) throws SQLException {
        connection.commit();
    }
}
