package dev.drop.platform.db;

/** The databases Drop runs on; the name is the MyBatis {@code databaseId} of SQL written for it. */
public enum DatabaseKind {
    /** Embedded, zero setup: the development default. */
    H2("h2"),
    /** Production. */
    POSTGRESQL("postgresql");

    private final String databaseId;

    DatabaseKind(String databaseId) {
        this.databaseId = databaseId;
    }

    public String databaseId() {
        return databaseId;
    }
}
