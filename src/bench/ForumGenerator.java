import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Benchmark data: fills a migrated Coproduce database (the portal stopped) with a realistic forum. Run by
 * src/bench/thread-page.sh with the JDBC driver on the class path:
 * java -cp h2.jar ForumGenerator.java JDBC_URL USER PASSWORD THREADS REPLIES_PER_THREAD
 * It adds members (password "bench-password-1"), categories, threads and replies with ids far above the
 * demo content's, and moves the sequences past them.
 */
public final class ForumGenerator {

    private static final String[] WORDS = ("co-production carers people services practitioners together planning "
            + "meeting support family community voice choice power trust listening learning change outcomes care "
            + "partnership equal expertise experience lived council team budget respect recovery wellbeing home "
            + "advocate design deliver review evaluate share story question idea network group training session "
            + "time money travel expenses payment fair access easy read language welsh english rural city").split(" ");
    private static final long BASE = 1_000_000L;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int threads = Integer.parseInt(args[3]);
        int replies = Integer.parseInt(args[4]);
        Random random = new Random(42);
        try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
            db.setAutoCommit(false);
            int members = 200;
            insertMembers(db, members);
            int categories = 10;
            insertCategories(db, categories);
            insertForum(db, threads, replies, members, categories, random);
            moveSequences(db);
            db.commit();
        }
        System.out.printf("Generated %d threads with %d replies each (%d posts).%n", threads, replies,
                (long) threads * (replies + 1));
    }

    private static void insertMembers(Connection db, int members) throws Exception {
        String hash = hash("bench-password-1");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO account (id, email, display_name, password_hash, "
                + "network_role, portal_role, created_at, verified_at, version) VALUES (?, ?, ?, ?, ?, 'MEMBER', ?, ?, 0)")) {
            for (int i = 0; i < members; i++) {
                insert.setLong(1, BASE + i);
                insert.setString(2, "bench" + i + "@example.org");
                insert.setString(3, "Bench Member " + i);
                insert.setString(4, hash);
                insert.setString(5, i % 3 == 0 ? "PRACTITIONER" : i % 3 == 1 ? "CARER" : "SERVICE_USER");
                insert.setObject(6, now);
                insert.setObject(7, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertCategories(Connection db, int categories) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO forum_category (id, name, description, "
                + "members_only, position, created_at) VALUES (?, ?, ?, FALSE, ?, ?)")) {
            for (int i = 0; i < categories; i++) {
                insert.setLong(1, BASE + i);
                insert.setString(2, "Benchmark category " + i);
                insert.setString(3, "Generated for the thread page benchmark.");
                insert.setInt(4, 1000 + i);
                insert.setObject(5, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertForum(Connection db, int threads, int replies, int members, int categories,
                                    Random random) throws SQLException {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(400);
        try (PreparedStatement thread = db.prepareStatement("INSERT INTO forum_thread (id, category_id, author_id, "
                + "title, body, tags, pinned, locked, lock_notice, reply_count, view_count, created_at, edited_at, "
                + "last_activity_at) VALUES (?, ?, ?, ?, ?, ?, FALSE, FALSE, NULL, ?, 0, ?, NULL, ?)");
             PreparedStatement reply = db.prepareStatement("INSERT INTO forum_reply (id, thread_id, author_id, body, "
                     + "quoted_reply_id, created_at, edited_at) VALUES (?, ?, ?, ?, ?, ?, NULL)")) {
            long replyId = BASE;
            for (int t = 0; t < threads; t++) {
                long threadId = BASE + t;
                OffsetDateTime created = start.plusMinutes(t * 17L);
                thread.setLong(1, threadId);
                thread.setLong(2, BASE + t % categories);
                thread.setLong(3, BASE + random.nextInt(members));
                thread.setString(4, sentence(random, 6).replace(".", "?"));
                thread.setString(5, paragraphs(random, 3));
                thread.setString(6, WORDS[random.nextInt(WORDS.length)] + "," + WORDS[random.nextInt(WORDS.length)]);
                thread.setInt(7, replies);
                thread.setObject(8, created);
                thread.setObject(9, created.plusMinutes(replies * 5L));
                thread.addBatch();
                for (int r = 0; r < replies; r++) {
                    reply.setLong(1, replyId);
                    reply.setLong(2, threadId);
                    reply.setLong(3, BASE + random.nextInt(members));
                    reply.setString(4, paragraphs(random, 1 + random.nextInt(3)));
                    if (r > 0 && random.nextInt(5) == 0) {
                        reply.setLong(5, replyId - 1 - random.nextInt(r));
                    } else {
                        reply.setNull(5, java.sql.Types.BIGINT);
                    }
                    reply.setObject(6, created.plusMinutes(r * 5L + 1));
                    reply.addBatch();
                    replyId++;
                }
                if (t % 50 == 49) {
                    thread.executeBatch();
                    reply.executeBatch();
                    db.commit();
                }
            }
            thread.executeBatch();
            reply.executeBatch();
        }
    }

    private static void moveSequences(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            for (String sequence : new String[] {"account_seq", "forum_category_seq", "forum_thread_seq", "forum_reply_seq"}) {
                sql.execute("ALTER SEQUENCE " + sequence + " RESTART WITH " + (BASE * 10));
            }
        }
    }

    private static String paragraphs(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < count; p++) {
            for (int s = 0; s < 3 + random.nextInt(3); s++) {
                text.append(sentence(random, 8 + random.nextInt(10))).append(' ');
            }
            text.append("\n\n");
        }
        return text.toString().strip();
    }

    private static String sentence(Random random, int words) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            sentence.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return sentence.append('.').toString();
    }

    private static String hash(String password) throws Exception {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        int iterations = 600_000;
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha256$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    private ForumGenerator() {
    }
}
