package org.luoshi.archfixture.plan;

import javax.sql.DataSource;

/** Planted: javax.sql outside storage. */
public class DataSourceUser {
    DataSource source;
}
