package org.coproduce.portal.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.persistence.OnBothDatabases;
import org.coproduce.portal.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Opening a thread page takes the same number of SQL statements for a thread of 5 replies as for one of 200: a
 * counting wrapper around the JDBC {@link DataSource} counts every statement the persistence unit executes.
 */
class ThreadPageStatementsIT extends OnBothDatabases {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
            "executeLargeUpdate", "executeLargeBatch");

    /** The statements executed through the wrapped data source, with their SQL. */
    static final class StatementLog {
        final List<String> sql = Collections.synchronizedList(new ArrayList<>());
        volatile boolean on;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aThreadPageTakesAsManyStatementsWithFiveRepliesAsWithTwoHundred(TestDatabase db) {
        Viewer admin = ForumFixtures.admin(db);
        // Two hundred replies in a moment is far beyond any member's posting limit: moderators write them here.
        Viewer[] writers = {
                ForumFixtures.member(db, "Writer One", PortalRole.MODERATOR, true),
                ForumFixtures.member(db, "Writer Two", PortalRole.MODERATOR, true),
                ForumFixtures.member(db, "Writer Three", PortalRole.MODERATOR, true)};
        long category = ForumFixtures.category(db, admin, false);
        long small = threadWithReplies(db, writers, category, 5);
        long large = threadWithReplies(db, writers, category, 200);
        Viewer reader = ForumFixtures.member(db, "Reader", PortalRole.MEMBER, true);

        StatementLog log = new StatementLog();
        EntityManagerFactory counted = Persistence.createEntityManagerFactory("coproduce", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", counting(db.dataSource(), log),
                "eclipselink.target-server", "None",
                "eclipselink.session-name", "coproduce-counted-" + UUID.randomUUID()));
        try {
            List<String> smallPage = statements(counted, log, em -> openPage(em, small, 1, reader));
            List<String> largeFirst = statements(counted, log, em -> openPage(em, large, 1, reader));
            List<String> largeLast = statements(counted, log, em -> openPage(em, large, 10, reader));
            List<String> visitorLarge = statements(counted, log, em -> openPage(em, large, 5, Viewer.ANONYMOUS));
            List<String> visitorSmall = statements(counted, log, em -> openPage(em, small, 1, Viewer.ANONYMOUS));

            assertEquals(smallPage.size(), largeFirst.size(), "5 replies: " + smallPage + "\n200 replies: " + largeFirst);
            assertEquals(smallPage.size(), largeLast.size(), "page 10 of 200: " + largeLast);
            assertEquals(visitorSmall.size(), visitorLarge.size(), "visitor: " + visitorSmall + " / " + visitorLarge);
            assertTrue(smallPage.size() <= 9, "a handful of statements, not one per reply: " + smallPage);
        } finally {
            counted.close();
        }
    }

    /** What the thread page does: opens the thread with a page of 20 replies and counts the view. */
    private static ThreadDetail openPage(EntityManager em, long thread, int page, Viewer viewer) {
        ThreadDetail detail = ForumFixtures.threads(em).open(thread, page, Threads.REPLIES_PER_PAGE, viewer);
        ForumFixtures.views(em).record(thread, "test:" + UUID.randomUUID());
        assertEquals(Threads.REPLIES_PER_PAGE * (page - 1) + 1, detail.replies().items().get(0).number());
        assertTrue(detail.replies().items().stream().anyMatch(r -> r.quote() != null), "quotes are shown");
        return detail;
    }

    private static List<String> statements(EntityManagerFactory emf, StatementLog log, Function<EntityManager, ?> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            log.sql.clear();
            log.on = true;
            work.apply(em);
            em.getTransaction().commit();
            log.on = false;
            return List.copyOf(log.sql);
        } finally {
            log.on = false;
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static long threadWithReplies(TestDatabase db, Viewer[] writers, long category, int replies) {
        long thread = db.inTransaction(em -> ForumFixtures.threads(em).start(writers[0], category,
                "A thread of " + replies, "Opening post.", List.of("count")).id());
        db.runInTransaction(em -> {
            Replies service = ForumFixtures.replies(em);
            Long previous = null;
            for (int i = 0; i < replies; i++) {
                Reply reply = service.add(writers[i % writers.length], thread, "Reply number " + (i + 1),
                        i % 3 == 2 ? previous : null);
                previous = reply.id();
            }
        });
        return thread;
    }

    private static DataSource counting(DataSource target, StatementLog log) {
        return (DataSource) Proxy.newProxyInstance(ThreadPageStatementsIT.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection connection ? wrapConnection(connection, log) : result;
                });
    }

    private static Connection wrapConnection(Connection target, StatementLog log) {
        return (Connection) Proxy.newProxyInstance(ThreadPageStatementsIT.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof Statement statement) {
                        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                        return wrapStatement(statement, sql, log);
                    }
                    return result;
                });
    }

    private static Statement wrapStatement(Statement target, String preparedSql, StatementLog log) {
        Set<Class<?>> interfaces = new java.util.LinkedHashSet<>();
        interfaces.add(Statement.class);
        if (target instanceof java.sql.CallableStatement) {
            interfaces.add(java.sql.CallableStatement.class);
        }
        if (target instanceof java.sql.PreparedStatement) {
            interfaces.add(java.sql.PreparedStatement.class);
        }
        InvocationHandler handler = (proxy, method, args) -> {
            if (EXECUTIONS.contains(method.getName()) && log.on) {
                log.sql.add(args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql);
            }
            return invoke(target, method, args);
        };
        return (Statement) Proxy.newProxyInstance(ThreadPageStatementsIT.class.getClassLoader(),
                interfaces.toArray(Class<?>[]::new), handler);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
