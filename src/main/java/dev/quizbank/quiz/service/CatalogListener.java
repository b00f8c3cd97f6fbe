package dev.quizbank.quiz.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps this instance's {@link QuizCatalog} in step with every other instance's publishes, retires and
 * restores. The transaction that makes such a change notifies channel {@value #CHANNEL} with the quiz's id
 * (V23's triggers); PostgreSQL delivers it on commit to every session listening, and this class is that
 * session: one connection of its own, outside the pool (a pooled connection would be handed to requests,
 * and its LISTEN lost), read by one thread that waits on its socket. A notification reloads that quiz
 * alone. Whenever the connection is opened, again after a failure or a failover, the whole catalog is
 * refreshed once, since whatever was committed while nobody listened was never delivered.
 */
@ApplicationScoped
public class CatalogListener {

    static final String CHANNEL = "quizbank_catalog";

    private static final Logger LOG = Logger.getLogger(CatalogListener.class);
    /** How long one wait for notifications lasts: the longest a stop waits for the thread. */
    private static final int WAIT_MILLIS = 500;
    /** A silent connection is checked this often, so that a peer gone without a word (a failover) is noticed. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(5);
    private static final int HEARTBEAT_TIMEOUT_SECONDS = 2;
    private static final Duration FIRST_RETRY = Duration.ofMillis(100);
    private static final Duration LAST_RETRY = Duration.ofSeconds(5);

    private final QuizCatalog catalog;
    private final String url;
    private final Properties connectionProperties = new Properties();
    private volatile boolean running;
    private Thread thread;

    CatalogListener(QuizCatalog catalog, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.catalog = catalog;
        this.url = url;
        username.ifPresent(user -> connectionProperties.setProperty("user", user));
        password.ifPresent(secret -> connectionProperties.setProperty("password", secret));
        connectionProperties.setProperty("connectTimeout", "2");
        connectionProperties.setProperty("socketTimeout", "10");
        connectionProperties.setProperty("tcpKeepAlive", "true");
        connectionProperties.setProperty("ApplicationName", "quizbank catalog listener");
    }

    /**
     * After the bundled quizzes are published and loaded ({@link BundledQuizLoader}, at the default priority), so
     * that the first refresh finds the catalog loaded instead of loading it on a second thread while the start waits.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        running = true;
        thread = Thread.ofPlatform().name("quiz-catalog-listener").daemon().start(this::run);
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(Duration.ofMillis(4L * WAIT_MILLIS));
    }

    private void run() {
        Duration retry = FIRST_RETRY;
        while (running) {
            try (Connection connection = new Driver().connect(url, connectionProperties)) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                catalog.refresh();
                retry = FIRST_RETRY;
                listen(connection);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Not listening for other instances' quiz changes (%s); trying again in %d ms", e.getMessage(),
                        retry.toMillis());
                try {
                    Thread.sleep(retry);
                } catch (InterruptedException stopping) {
                    return;
                }
                retry = retry.multipliedBy(2).compareTo(LAST_RETRY) < 0 ? retry.multipliedBy(2) : LAST_RETRY;
            }
        }
    }

    /** Reloads each quiz a notification names, until the connection fails or the service stops. */
    private void listen(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long checked = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                // A burst of changes to one quiz needs one reload.
                Set<String> quizIds = new TreeSet<>();
                for (PGNotification notification : notifications) {
                    quizIds.add(notification.getParameter());
                }
                // A reload that fails loses its notification: the caller's reconnection refreshes everything.
                quizIds.forEach(catalog::refresh);
                checked = System.nanoTime();
            } else if (System.nanoTime() - checked > HEARTBEAT.toNanos()) {
                if (!connection.isValid(HEARTBEAT_TIMEOUT_SECONDS)) {
                    throw new SQLNonTransientConnectionException("the listening connection stopped answering", "08006");
                }
                checked = System.nanoTime();
            }
        }
    }
}
