import org.xinsheng.employers.EmployerNames;
import org.xinsheng.intake.TrackingCodes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Bulk loader for bench/scale: writes N complaints straight into a schema Flyway made, as filings and the case
 * workflow would have left them a year on: the complaint, its case file, its units, its timeline and its employer
 * link, one JDBC batch per table and one transaction per 1,000 complaints, then the employers' tally. Run with the jar on the class path (for
 * the tracking codes and employer keys the app itself makes):
 *   java -cp backend/target/xinsheng.jar bench/ScaleLoad.java JDBC_URL USER PASSWORD N BUSY_WEEK_MONDAY BUSY_ROWS
 * Filing times spread over the year before now, BUSY_ROWS of them inside the week starting BUSY_WEEK_MONDAY (for a
 * ledger of that many rows). The data is seeded, so a run loads the same spread of units, statuses, deadlines and
 * employers each time (tracking codes differ).
 */
public final class ScaleLoad {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int BATCH = 1000;
    static final String[] TOWNSHIPS = {"maai", "langmusi", "gahai", "xicang", "shuangcha", "larenguan", "ala"};
    static final int[] TOWNSHIP_WEIGHTS = {30, 20, 15, 12, 10, 8, 5};
    static final String[] SECTORS = {"construction", "transport", "water", "agriculture", "manufacturing", "services",
            "gig", "public_sector", "other"};
    static final int[] SECTOR_WEIGHTS = {45, 10, 6, 10, 7, 12, 5, 2, 3};
    static final String[] SECTOR_BUREAUS = {"housing", "transport", "water", "agriculture", "industry_commerce",
            "market", "hrss", "hrss", "hrss"};
    static final String[] CHANNELS = {"web", "hotline", "chat", "import"};
    static final int[] CHANNEL_WEIGHTS = {55, 25, 12, 8};
    static final String[] FIRMS = {"宏达", "鑫源", "华建", "安居", "顺通", "金桥", "高原", "雪域", "草原", "黄河", "洮河",
            "甘南", "藏乡", "祥和", "鼎盛", "瑞丰", "恒远", "兴旺", "通达", "昌盛"};
    static final String[] TRADES = {"建筑工程", "路桥", "劳务", "水利", "牧业", "商贸", "餐饮", "物流", "装饰", "建材"};
    static final String[] FORMS = {"有限公司", "有限责任公司", "公司", "", "工程队"};
    static final String[] PLACES = {"尕海镇", "郎木寺镇", "玛艾镇", "碌曲县", ""};
    static final String[] ROUTES = {"inspection", "mediation", "court", "guarantee_fund"};

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: ScaleLoad JDBC_URL USER PASSWORD N BUSY_WEEK_MONDAY BUSY_ROWS");
            System.exit(2);
        }
        int n = Integer.parseInt(args[3]);
        Instant busyStart = LocalDate.parse(args[4]).atStartOfDay(ZONE).toInstant();
        int busyRows = Math.min(Integer.parseInt(args[5]), n / 2);
        long started = System.nanoTime();
        // MySQL Connector/J sends a batch as one multi-row INSERT only when asked: without it, a row a round trip
        String url = args[0].startsWith("jdbc:mysql:") && !args[0].contains("rewriteBatchedStatements")
                ? args[0] + (args[0].contains("?") ? "&" : "?") + "rewriteBatchedStatements=true" : args[0];
        try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
            db.setAutoCommit(false);
            new ScaleLoad(db, n, busyStart, busyRows).load();
        }
        System.out.printf("loaded %,d complaints in %.1f s%n", n, (System.nanoTime() - started) / 1e9);
    }

    private final Connection db;
    private final int n;
    private final Instant busyStart;
    private final int busyRows;
    private final SplittableRandom random = new SplittableRandom(20261207L);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final Instant yearAgo = now.minus(Duration.ofDays(365));
    private final int employers;

    ScaleLoad(Connection db, int n, Instant busyStart, int busyRows) {
        this.db = db;
        this.n = n;
        this.busyStart = busyStart;
        this.busyRows = busyRows;
        this.employers = Math.max(50, n / 25);
    }

    void load() throws Exception {
        long firstId;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM complaint")) {
            r.next();
            firstId = r.getLong(1) + 1;
        }
        // Filing times in order, so ids follow time as they do in a real database; the busy week's rows are spread
        // evenly among the others' ids by filing time.
        int busyEvery = busyRows == 0 ? Integer.MAX_VALUE : n / busyRows;
        long spanSeconds = Duration.between(yearAgo, now).toSeconds();
        try (PreparedStatement complaint = db.prepareStatement("INSERT INTO complaint (id, tracking_code, channel,"
                + " lang, status, story, complainant_name, complainant_phone, wage_arrears, wage_confidence, sector,"
                + " sector_confidence, employer, amount_yuan, workers, township, absconded, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement file = db.prepareStatement("INSERT INTO case_file (complaint_id, flags, advice_key,"
                + " advice, deadline_at, resolution_route, resolution_fund, amount_recovered_yuan, workers_paid,"
                + " resolved_at, followed_up_at, closed_at, filed_at)"
                + " VALUES (?, ?, NULL, NULL, ?, ?, NULL, ?, ?, ?, ?, ?, ?)");
             PreparedStatement unit = db.prepareStatement("INSERT INTO case_assignment (complaint_id, unit, role,"
                + " created_at) VALUES (?, ?, ?, ?)");
             PreparedStatement step = db.prepareStatement("INSERT INTO case_event (complaint_id, happened_at, status,"
                + " note, actor, action, public_note) VALUES (?, ?, ?, NULL, ?, ?, NULL)");
             PreparedStatement link = db.prepareStatement("INSERT INTO employer_link (complaint_id, employer_key,"
                + " employer, township, filed_at, group_id, status) VALUES (?, ?, ?, ?, ?, NULL, ?)");
             // the flags as rows (V30); the rows of open cases raised by a flag are made by the node at start
             PreparedStatement flag = db.prepareStatement("INSERT INTO case_flag (complaint_id, flag, deadline_at,"
                + " created_at) VALUES (?, ?, ?, ?)")) {
            flagRows = flag;
            for (int i = 0; i < n; i++) {
                long id = firstId + i;
                Instant filed = i % busyEvery == 0 && i / busyEvery < busyRows
                        ? busyStart.plusSeconds(random.nextLong(7 * 86400L))
                        : yearAgo.plusSeconds(spanSeconds * i / n + random.nextInt(600));
                if (filed.isAfter(now)) {
                    filed = now.minusSeconds(random.nextInt(3600) + 1);
                }
                row(id, filed, complaint, file, unit, step, link);
                if ((i + 1) % BATCH == 0 || i == n - 1) {
                    complaint.executeBatch();
                    file.executeBatch();
                    flag.executeBatch();
                    unit.executeBatch();
                    step.executeBatch();
                    link.executeBatch();
                    db.commit();
                }
                if ((i + 1) % 100_000 == 0) {
                    System.err.printf("  %,d%n", i + 1);
                }
            }
        }
        tally(firstId);
    }

    /**
     * The repeat-employer tally (V32) of the links loaded, as the node's writes would have kept it (employers/
     * EmployerTally): under a node name of the load's own, the complaints and open ones of each employer, its names
     * and its townships where new.
     */
    private void tally(long firstId) throws Exception {
        String node = "ScaleLoad " + now;
        String open = "('registered', 'assigned', 'verifying', 'handling')";
        try (PreparedStatement nodeRow = db.prepareStatement("INSERT INTO employer_tally_node (node) VALUES (?)");
             PreparedStatement counts = db.prepareStatement("INSERT INTO employer_tally (employer_key, node,"
                     + " complaints, open_cases, last_filed_at) SELECT employer_key, ?, COUNT(*), SUM(CASE WHEN"
                     + " status IN " + open + " THEN 1 ELSE 0 END), MAX(filed_at) FROM employer_link"
                     + " WHERE complaint_id >= ? GROUP BY employer_key");
             PreparedStatement names = db.prepareStatement("INSERT INTO employer_name (employer_key, employer,"
                     + " first_complaint) SELECT l.employer_key, l.employer, MIN(l.complaint_id) FROM employer_link l"
                     + " WHERE l.complaint_id >= ? AND NOT EXISTS (SELECT 1 FROM employer_name n WHERE"
                     + " n.employer_key = l.employer_key AND n.employer = l.employer)"
                     + " GROUP BY l.employer_key, l.employer");
             PreparedStatement townships = db.prepareStatement("INSERT INTO employer_township (employer_key,"
                     + " township) SELECT DISTINCT l.employer_key, l.township FROM employer_link l"
                     + " WHERE l.complaint_id >= ? AND l.township IS NOT NULL AND NOT EXISTS (SELECT 1"
                     + " FROM employer_township t WHERE t.employer_key = l.employer_key AND t.township = l.township)")) {
            nodeRow.setString(1, node);
            nodeRow.executeUpdate();
            counts.setString(1, node);
            counts.setLong(2, firstId);
            counts.executeUpdate();
            names.setLong(1, firstId);
            names.executeUpdate();
            townships.setLong(1, firstId);
            townships.executeUpdate();
        }
        db.commit();
    }

    private PreparedStatement flagRows;

    private void row(long id, Instant filed, PreparedStatement complaint, PreparedStatement file,
                     PreparedStatement unit, PreparedStatement step, PreparedStatement link) throws Exception {
        boolean wage = random.nextInt(100) < 96;
        String township = random.nextInt(100) < 6 ? null : pick(TOWNSHIPS, TOWNSHIP_WEIGHTS);
        int sectorIndex = index(SECTOR_WEIGHTS);
        String employer = random.nextInt(100) < 12 ? null : employer();
        long amount = Math.round(Math.exp(Math.log(2000) + random.nextDouble() * (Math.log(1_500_000) - Math.log(2000))));
        int workers = 1 + (int) Math.floor(Math.pow(random.nextDouble(), 3) * 45);
        boolean absconded = random.nextInt(100) < 5;
        boolean taskForce = amount >= 1_000_000 || workers >= 30;
        boolean fastTrack = amount < 50_000;
        boolean triage = random.nextInt(100) < 4;
        long ageDays = Duration.between(filed, now).toDays();

        // How far the case went: older cases are mostly resolved and closed, a few stay open past their deadline.
        List<String> path = new ArrayList<>(List.of("registered"));
        String status;
        if (!wage) {
            status = "redirected";
            path.add("redirected");
        } else if (triage && ageDays < 10) {
            status = "registered";
        } else {
            path.add("assigned");
            int reach = random.nextInt(100);
            int closedShare = ageDays > 60 ? 88 : ageDays > 30 ? 60 : ageDays > 7 ? 25 : 3;
            if (reach < closedShare) {
                path.add("verifying");
                path.add("handling");
                path.add("resolved");
                if (ageDays > 14 && random.nextInt(100) < 80) {
                    path.add("closed");
                }
            } else if (reach < closedShare + (100 - closedShare) / 2) {
                path.add("verifying");
                if (random.nextBoolean()) {
                    path.add("handling");
                }
            }
            status = path.get(path.size() - 1);
        }
        List<Instant> times = new ArrayList<>();
        Instant t = filed;
        for (int s = 0; s < path.size(); s++) {
            if (s >= 2) {
                t = t.plusSeconds(3600 + random.nextLong(Math.max(3600, Math.min(12 * 86400L,
                        Duration.between(t, now).toSeconds() / 2 + 3600))));
                if (t.isAfter(now)) {
                    t = now.minusSeconds(random.nextInt(60) + 1);
                }
            }
            times.add(t);
        }
        Instant changed = times.get(times.size() - 1);

        complaint.setLong(1, id);
        complaint.setString(2, TrackingCodes.generate());
        complaint.setString(3, pick(CHANNELS, CHANNEL_WEIGHTS));
        complaint.setString(4, random.nextInt(100) < 15 ? "bo" : "zh");
        complaint.setString(5, status);
        complaint.setString(6, "在" + (township == null ? "县里" : township) + "干活，老板欠了" + workers + "个人"
                + amount + "元工资，一直不给。（压测数据）");
        complaint.setString(7, random.nextInt(100) < 70 ? "测试" + (id % 1000) : null);
        complaint.setString(8, "138" + String.format("%08d", id % 100_000_000));
        complaint.setBoolean(9, wage);
        complaint.setDouble(10, wage ? 0.6 + random.nextDouble() * 0.4 : random.nextDouble() * 0.2);
        complaint.setString(11, SECTORS[sectorIndex]);
        complaint.setDouble(12, 0.5 + random.nextDouble() * 0.5);
        complaint.setString(13, employer);
        complaint.setLong(14, amount);
        complaint.setInt(15, workers);
        complaint.setString(16, township);
        complaint.setBoolean(17, absconded);
        complaint.setTimestamp(18, Timestamp.from(filed));
        complaint.setTimestamp(19, Timestamp.from(changed));
        complaint.addBatch();

        List<String> flags = new ArrayList<>();
        if (taskForce) {
            flags.add("task_force");
        }
        if (absconded) {
            flags.add("police_referral");
        }
        if (fastTrack) {
            flags.add("fast_track");
        }
        if (triage) {
            flags.add("needs_triage");
        }
        if (!wage) {
            flags.add("not_wage");
        }
        boolean resolved = path.contains("resolved");
        Instant resolvedAt = resolved ? times.get(path.indexOf("resolved")) : null;
        Instant closedAt = path.contains("closed") ? times.get(path.indexOf("closed")) : null;
        Instant deadline = switch (status) {
            case "redirected" -> null;
            case "registered" -> filed.plus(Duration.ofDays(1));
            case "resolved" -> resolvedAt.plus(Duration.ofDays(7));
            case "closed" -> null;
            default -> filed.plus(Duration.ofDays(fastTrack ? 15 : 30));
        };
        file.setLong(1, id);
        file.setString(2, String.join(" ", flags));
        setTime(file, 3, deadline);
        file.setString(4, resolved ? ROUTES[random.nextInt(ROUTES.length)] : null);
        if (resolved) {
            file.setLong(5, amount * (60 + random.nextInt(41)) / 100);
            file.setInt(6, workers);
        } else {
            file.setNull(5, Types.BIGINT);
            file.setNull(6, Types.INTEGER);
        }
        setTime(file, 7, resolvedAt);
        setTime(file, 8, closedAt);
        setTime(file, 9, closedAt);
        file.setTimestamp(10, Timestamp.from(filed));
        file.addBatch();
        for (String name : flags) {
            flagRows.setLong(1, id);
            flagRows.setString(2, name);
            setTime(flagRows, 3, deadline);
            flagRows.setTimestamp(4, Timestamp.from(filed));
            flagRows.addBatch();
        }

        if (wage && !"registered".equals(status)) {
            if (township != null) {
                assign(unit, id, township, "township", filed);
            }
            if (!triage) {
                assign(unit, id, SECTOR_BUREAUS[sectorIndex], "bureau", filed);
            }
        }
        assign(unit, id, "hrss", "lead", filed);
        if (absconded) {
            assign(unit, id, "police", "police", filed);
        }
        if (taskForce) {
            assign(unit, id, "task_force", "task_force", filed);
        }
        if (!wage || random.nextInt(100) < 15) {
            assign(unit, id, "justice", "legal_aid", filed);
        }

        for (int s = 0; s < path.size(); s++) {
            step.setLong(1, id);
            step.setTimestamp(2, Timestamp.from(times.get(s)));
            step.setString(3, path.get(s));
            step.setString(4, s < 2 ? "routing" : "bench");
            step.setString(5, s == 0 ? "file" : s == 1 ? "route" : path.get(s));
            step.addBatch();
        }

        Optional<String> key = EmployerNames.key(employer);
        if (key.isPresent()) {
            link.setLong(1, id);
            link.setString(2, key.get());
            link.setString(3, employer);
            link.setString(4, township);
            link.setTimestamp(5, Timestamp.from(filed));
            link.setString(6, status);
            link.addBatch();
        }
    }

    /** Employer names from a pool where a few employers draw many complaints, typed in different ways. */
    private String employer() {
        int e = (int) Math.floor(Math.pow(random.nextDouble(), 2.5) * employers);
        String name = FIRMS[e % FIRMS.length] + TRADES[(e / FIRMS.length) % TRADES.length]
                + (e >= FIRMS.length * TRADES.length ? String.valueOf(e / (FIRMS.length * TRADES.length)) : "");
        return PLACES[random.nextInt(PLACES.length)] + name + FORMS[random.nextInt(FORMS.length)];
    }

    private static void assign(PreparedStatement unit, long id, String key, String role, Instant at) throws Exception {
        unit.setLong(1, id);
        unit.setString(2, key);
        unit.setString(3, role);
        unit.setTimestamp(4, Timestamp.from(at));
        unit.addBatch();
    }

    private static void setTime(PreparedStatement s, int index, Instant at) throws Exception {
        if (at == null) {
            s.setNull(index, Types.TIMESTAMP);
        } else {
            s.setTimestamp(index, Timestamp.from(at));
        }
    }

    private String pick(String[] values, int[] weights) {
        return values[index(weights)];
    }

    private int index(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
