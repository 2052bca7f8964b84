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
 * It adds trusted members who accepted the terms (password "bench-password-1"; the first, bench0@example.org, is an
 * administrator), categories, threads and replies with ids far above the demo content's, and moves the sequences past
 * them.
 */
public final class ForumGenerator {

    /** Small words: about two in five of the words people write. */
    private static final String[] FUNCTION = ("the and to of a in we i it for that is was with on be have our they "
            + "this at are you but not from by as or about so what can will all there would more when been had how "
            + "who their them if into also just some very my me us do").split(" ");
    /**
     * The network's own vocabulary, most used first; after it comes a long tail of rarer words (made up, one per
     * rank), so how often a word is used falls with its rank as in real text (Zipf's law). A search word is then
     * in a few percent of the posts, not in nearly all of them as with a small, evenly used vocabulary.
     */
    private static final String[] DOMAIN = ("people support think time need help work really good service know "
            + "family care team want meeting together feel group year week day way staff council things home "
            + "question share experience community carers change plan things local voice listening idea project "
            + "social services health money training session parents young children worker partnership planning "
            + "choice trust power review design deliver outcomes evaluate network wellbeing recovery respect "
            + "advocate equal expertise lived budget travel expenses payment fair access easy read language welsh "
            + "english rural city co-production coproduction practitioner citizen participant carer caregiver "
            + "housing transport mental learning disability older adults dementia autism hospital discharge "
            + "assessment eligibility direct payments personal assistant respite loneliness isolation volunteer "
            + "forum story voice board commissioning contract provider charity grant report survey feedback "
            + "workshop steering committee agenda minutes action follow-up consent confidential safeguarding "
            + "advocacy interpreter accessible venue lunch refreshments timetable evening weekend online video "
            + "phone email letter form website leaflet poster newsletter policy strategy guidance toolkit "
            + "principle value culture barrier confidence skills mentor peer buddy champion ambassador reward "
            + "recognition voucher fee rate invoice receipt mileage parking childcare backfill benefits income "
            + "evaluation impact evidence measure story-telling photography art music garden walk cafe").split(" ");
    private static final String[] PHRASES = {"lived experience", "service user", "social worker", "care plan",
        "direct payments", "expert by experience", "people with lived experience", "co-production", "family support",
        "welsh language", "training session"};
    private static final int TAIL = 16_000;
    private static final String[] CONTENT = content();
    private static final double[] CUMULATIVE = zipf(CONTENT.length, 1.0);
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
                + "network_role, portal_role, created_at, verified_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (int i = 0; i < members; i++) {
                insert.setLong(1, BASE + i);
                insert.setString(2, "bench" + i + "@example.org");
                insert.setString(3, "Bench Member " + i);
                insert.setString(4, hash);
                insert.setString(5, i % 3 == 0 ? "PRACTITIONER" : i % 3 == 1 ? "CARER" : "SERVICE_USER");
                insert.setString(6, i == 0 ? "ADMIN" : "MEMBER");
                insert.setObject(7, now);
                insert.setObject(8, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        // They have accepted the terms of service in force (else they could read but not post).
        try (Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE account SET terms_version = (SELECT MAX(version) FROM terms_version), "
                    + "terms_accepted_at = created_at WHERE id >= " + BASE + " AND id < " + (BASE + members));
        }
        // Long-standing members: trusted, so what the benchmarks post is published at once and not rate limited.
        try (PreparedStatement standing = db.prepareStatement("INSERT INTO member_standing (account_id, trust_level, "
                + "safeguarding_lead) VALUES (?, 'TRUSTED', FALSE)")) {
            for (int i = 0; i < members; i++) {
                standing.setLong(1, BASE + i);
                standing.addBatch();
            }
            standing.executeBatch();
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
                thread.setString(6, DOMAIN[random.nextInt(60)] + " " + DOMAIN[random.nextInt(DOMAIN.length)]);
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
            String word = word(random);
            sentence.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return sentence.append('.').toString();
    }

    private static String word(Random random) {
        double pick = random.nextDouble();
        if (pick < 0.40) {
            return FUNCTION[random.nextInt(FUNCTION.length)];
        }
        if (pick < 0.42) {
            return PHRASES[random.nextInt(PHRASES.length)];
        }
        int rank = java.util.Arrays.binarySearch(CUMULATIVE, random.nextDouble());
        return CONTENT[rank >= 0 ? rank : Math.min(-rank - 1, CONTENT.length - 1)];
    }

    private static String[] content() {
        String[] words = new String[DOMAIN.length + TAIL];
        System.arraycopy(DOMAIN, 0, words, 0, DOMAIN.length);
        String[] syllables = "ba be bi bo bu da de di do du fa fe fi fo ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so ta te ti to va ve vi wa we wi".split(" ");
        Random made = new Random(7);
        for (int i = 0; i < TAIL; i++) {
            StringBuilder word = new StringBuilder();
            int parts = 2 + made.nextInt(3);
            for (int p = 0; p < parts; p++) {
                word.append(syllables[made.nextInt(syllables.length)]);
            }
            words[DOMAIN.length + i] = word.append(i % 7 == 0 ? "s" : "").toString();
        }
        return words;
    }

    /** Cumulative probabilities of ranks 1..n under Zipf's law with exponent s. */
    private static double[] zipf(int n, double s) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int r = 1; r <= n; r++) {
            sum += 1 / Math.pow(r, s);
            cumulative[r - 1] = sum;
        }
        for (int r = 0; r < n; r++) {
            cumulative[r] /= sum;
        }
        return cumulative;
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
