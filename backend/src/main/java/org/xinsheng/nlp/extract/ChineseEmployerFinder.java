package org.xinsheng.nlp.extract;

import org.xinsheng.nlp.text.Gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds who owes the wage in Chinese text, as the shortest verbatim span (nlp-schema.md): a role joined to a name
 * (包工头王某, 老板李四), a surname with a one-word title (钱老板, 孙总), a name introduced by 叫/是 (马老三), an
 * organisation ending in a known suffix (甘肃鑫达建筑工程有限公司, 雪域饭店), or a platform (美团). The candidate
 * just before 欠/拖/跑 wins; otherwise a named person; otherwise the first organisation.
 */
public final class ChineseEmployerFinder {

    public record Candidate(int start, int end, boolean person) {
    }

    private static final Map<String, List<String>> WORDS = Gazetteer.lists("employer-words-zh.tsv");
    private static final String NAME_STOPS = "欠拖说跑给的不没还已了把让在和跟是也就又都我他她你们说讲要找叫姓把被从到去干支付结拿交收嘛呢吧啊呀哦仅"
            + "，。、；：！？,.;:!? \"'“”‘’()（）【】[]<>《》0123456789万千百块元个天月人工钱资";
    private static final String ORG_STOPS = "在给的是被到去帮替跟和与为了我你他她们这那一家个欠说把让从于对向由找是叫也都就还做干当系时称"
            + "，。、；：！？,.;:!? \"'“”‘’()（）【】[]<>《》";
    private static final List<String> OWES_AFTER = WORDS.get("owes-after");
    private static final List<String> NOT_EMPLOYERS = WORDS.get("not-employers");
    private static final Set<String> INSTITUTIONS = Set.copyOf(WORDS.get("institutions"));
    private static final List<String> INTRODUCERS = WORDS.get("introducers");
    private static final List<String> NAME_FOLLOWERS = WORDS.get("name-followers");
    private static final Set<String> FORMAL_SUFFIXES = Set.of("有限责任公司", "有限公司", "分公司", "集团");
    // a company word inside a span that ends in another one: two parties run together (劳务公司又推回项目部)
    private static final List<String> COMPANY_WORDS = List.of("公司", "项目部", "合作社");
    // introducers that name someone without a role word before them (一个叫杨波的, 姓周的); 是 needs a role
    private static final List<String> BARE_INTRODUCERS = List.of("名叫", "叫", "姓");
    private static final List<String> SELF_BEFORE_NAME = WORDS.get("self-before-name");
    private static final List<String> LOCATION_AFTER = WORDS.get("location-after");
    private static final List<String> ORG_INTRODUCERS = WORDS.get("org-introducers");
    private static final List<String> CALLER_AFTER = List.of("来电", "来访", "致电", "反映", "来信", "求助", "咨询", "投诉");
    /** 来电人李师傅：…, 投诉人：王女士: a hotline note names its caller this way too. */
    private static final List<String> CALLER_BEFORE = List.of("来电人", "来电者", "来访人", "来访者", "致电人",
            "求助人", "投诉人", "反映人", "举报人", "来信人", "联系人", "当事人", "申请人");
    // Surnames that are far more often a preposition or adverb right before 老板 (向老板讨要, 连老板都找不到)
    private static final String FUNCTION_SURNAMES = "向连和跟给对把被让叫找问同从与替帮往朝由将于都也还又就才只再那这每该原前后上下新小老大";
    // Words that cannot be inside a business's name: what came before it in the sentence (春节后网点, 突然得知餐馆)
    private static final List<String> CLAUSE_WORDS = List.of("得知", "知道", "发现", "听说", "突然", "以后", "之后",
            "以前", "之前", "春节后", "过年后", "节后", "年后", "年底", "去年", "今年", "后来", "结果", "于是", "所以",
            "但是", "可是", "然后", "通过", "经过", "介绍", "应聘", "进了", "进入", "来到", "到了", "一直", "现在", "目前",
            "最近", "当时", "说是", "就是", "如今", "要求", "请求", "求求", "希望", "督促", "月起");
    // A street address before a business's name: 城关路18号雪域饭店 → 雪域饭店
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(
            "^.*?(?:[0-9一二三四五六七八九十]+号(?:院|楼)?|[东西南北中]?(?:大街|街|巷|步行街))(?=.{2,})");

    private final Set<Character> surnames = new HashSet<>();
    private final List<String> roles;
    private final List<String> titles;
    private final List<String> suffixes;
    private final List<String> platforms;
    private final List<String> places;
    private final List<String> tibetanNames;

    public ChineseEmployerFinder() {
        for (String[] row : Gazetteer.rows("surnames.txt")) {
            surnames.add(row[0].charAt(0));
        }
        roles = byLengthDesc(Gazetteer.words("employer-roles.tsv", "zh"));
        titles = byLengthDesc(Gazetteer.words("employer-titles.tsv", "zh"));
        suffixes = byLengthDesc(Gazetteer.words("employer-suffixes.tsv", "zh"));
        platforms = byLengthDesc(Gazetteer.words("platforms.tsv", "zh"));
        places = TownshipFinder.luqu().names().stream().map(TownshipFinder.Name::text).toList();
        tibetanNames = Gazetteer.rows("tibetan-names-zh.txt").stream().map(r -> r[0]).toList();
    }

    private static List<String> byLengthDesc(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(sorted);
    }

    public String find(String original, String folded) {
        Candidate chosen = choose(folded);
        return chosen == null ? null : original.substring(chosen.start(), chosen.end());
    }

    private static boolean namedAsCaller(String folded, int start) {
        int i = start;
        while (i > 0 && ":：是为 ".indexOf(folded.charAt(i - 1)) >= 0 && start - i < 2) {
            i--;
        }
        for (String label : CALLER_BEFORE) {
            if (i >= label.length() && folded.startsWith(label, i - label.length())) {
                return true;
            }
        }
        return false;
    }

    /** The candidate just before 欠/拖/跑, else the last named person, else the first organisation; null if none. */
    public Candidate choose(String folded) {
        List<Candidate> candidates = new ArrayList<>(candidates(folded));
        // 马师傅来电：…, 王女士反映: the caller, not the one who owes
        candidates.removeIf(c -> startsWithAny(folded, c.end(), CALLER_AFTER) || namedAsCaller(folded, c.start()));
        if (candidates.isEmpty()) {
            return null;
        }
        Candidate chosen = null;
        for (Candidate c : candidates) {
            String after = folded.substring(c.end(), Math.min(folded.length(), c.end() + 6));
            for (String owes : OWES_AFTER) {
                if (after.startsWith(owes) || after.length() > 1 && after.substring(1).startsWith(owes)
                        && "还又都就也却".indexOf(after.charAt(0)) >= 0) {
                    chosen = c;
                    break;
                }
            }
            if (chosen != null) {
                break;
            }
        }
        if (chosen == null) {
            chosen = candidates.stream().filter(Candidate::person).reduce((a, b) -> b).orElse(candidates.get(0));
        }
        return chosen;
    }

    public List<Candidate> candidates(String text) {
        List<Candidate> found = new ArrayList<>();
        rolesWithNames(text, found);
        introducedNames(text, found);
        titledSurnames(text, found);
        anonymisedNames(text, found);
        organisations(text, found);
        for (String platform : platforms) {
            int at = text.indexOf(platform);
            if (at >= 0) {
                found.add(new Candidate(at, at + platform.length(), false));
            }
        }
        found.sort(Comparator.comparingInt(Candidate::start));
        return dropOverlaps(found);
    }

    private void rolesWithNames(String text, List<Candidate> found) {
        for (String role : roles) {
            int from = 0;
            int at;
            while ((at = text.indexOf(role, from)) >= 0) {
                from = at + role.length();
                int nameStart = at + role.length();
                if (text.startsWith(" ", nameStart)) {
                    // "老板 韩学文", "老板 叫 马成虎": words typed apart; the name alone
                    boolean introduced = text.startsWith("叫 ", nameStart + 1);
                    int name = introduced ? nameStart + 3 : nameStart + 1;
                    int end = introduced ? introducedNameEnd(text, name) : nameEnd(text, name);
                    if (end > 0) {
                        found.add(new Candidate(name, end, true));
                    }
                    continue;
                }
                // 工头叫马老三, 老板是李四: the name alone
                for (String intro : INTRODUCERS) {
                    if (text.startsWith(intro, nameStart)) {
                        int end = nameEnd(text, nameStart + intro.length());
                        if (end < 0 && intro.equals("姓")) {
                            end = bareSurnameEnd(text, nameStart + intro.length()); // 老板姓韩 → 韩
                        } else if (intro.contains("叫")) {
                            end = Math.max(end, introducedNameEnd(text, nameStart + intro.length()));
                        }
                        if (end > 0 && text.startsWith("人", end)) {
                            end = -1; // 老板是兰州人: where they come from, not a name
                        }
                        if (end > 0) {
                            found.add(new Candidate(nameStart + intro.length(), end, true));
                        }
                        break;
                    }
                }
                int end = nameEnd(text, nameStart);
                if (end > 0) {
                    found.add(new Candidate(at, end, true));
                }
            }
        }
    }

    /**
     * "一个叫杨波的老板", "管事的叫贡保", "姓周的老板", "那家人姓杨": a name introduced without a role word, unless
     * the writer is naming themself or a relative (我叫, 我爸叫).
     */
    private void introducedNames(String text, List<Candidate> found) {
        for (String intro : BARE_INTRODUCERS) {
            int from = 0;
            int at;
            while ((at = text.indexOf(intro, from)) >= 0) {
                from = at + intro.length();
                String before = text.substring(Math.max(0, at - 4), at);
                if (SELF_BEFORE_NAME.stream().anyMatch(before::endsWith) || isRoleBefore(text, at)) {
                    continue;
                }
                int start = at + intro.length();
                if (intro.equals("叫") && ORG_INTRODUCERS.stream().anyMatch(before::endsWith)) {
                    int end = start;
                    while (end < text.length() && end - start < 16 && ORG_STOPS.indexOf(text.charAt(end)) < 0) {
                        end++;
                    }
                    if (end - start >= 2) {
                        found.add(new Candidate(start, end, false));
                    }
                    continue;
                }
                int end = intro.equals("姓") ? bareSurnameEnd(text, start) : introducedNameEnd(text, start);
                if (end > 0 && (intro.equals("姓") || end >= text.length() || "的，。,. 老欠说".indexOf(text.charAt(end)) >= 0)) {
                    found.add(new Candidate(start, end, true));
                }
            }
        }
    }

    /** "李某欠我们", "被王某某骗了": a surname with 某 names a person even without a role word. */
    private void anonymisedNames(String text, List<Candidate> found) {
        for (int at = text.indexOf('某', 1); at >= 0; at = text.indexOf('某', at + 1)) {
            int start = at - 1;
            if (!surnames.contains(text.charAt(start)) || isRoleBefore(text, start)
                    || start > 0 && Character.UnicodeScript.of(text.charAt(start - 1)) == Character.UnicodeScript.HAN
                    && "的给被跟和与向找个".indexOf(text.charAt(start - 1)) < 0) {
                continue;
            }
            int end = text.startsWith("某某", at) ? at + 2 : at + 1;
            found.add(new Candidate(start, end, true));
            at = end - 1;
        }
    }

    private static boolean startsWithAny(String text, int at, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    private boolean isRoleBefore(String text, int at) {
        for (String role : roles) {
            if (at >= role.length() && text.startsWith(role, at - role.length())) {
                return true; // handled with the role
            }
        }
        return false;
    }

    /** Where a person's name starting at {@code i} ends, or -1 when no name starts there. */
    private int nameEnd(String text, int i) {
        if (i >= text.length()) {
            return -1;
        }
        int tibetan = tibetanNames(text, i);
        if (tibetan > 0) {
            return tibetan;
        }
        char c = text.charAt(i);
        int j;
        if (c == '老' || c == '小') {
            if (i + 1 >= text.length() || !surnames.contains(text.charAt(i + 1))) {
                return -1;
            }
            j = i + 2;
        } else if (surnames.contains(c)) {
            j = i + 1;
        } else if (c >= 'A' && c <= 'Z') {
            return i + 1;
        } else {
            return -1;
        }
        if (j < text.length() && text.charAt(j) == '某') {
            return text.startsWith("某某", j) ? j + 2 : j + 1;
        }
        if (j == i + 1 && text.startsWith("师傅", j)) {
            return j + 2; // 班长王师傅
        }
        int limit = Math.min(text.length(), j + 2);
        while (j < limit && isNameChar(text.charAt(j)) && !startsTitleOrVerb(text, j)) {
            j++;
        }
        boolean bare = j == i + 1 && c != '老' && c != '小';
        return bare ? -1 : j;
    }

    /** 扎西, 扎西才让, 卓玛措: one or two Tibetan given names, with a closing 措/吉/草 where one follows. */
    private int tibetanNames(String text, int i) {
        int end = tibetanNameEnd(text, i);
        if (end < 0) {
            return -1;
        }
        int second = tibetanNameEnd(text, end);
        end = second > 0 ? second : end;
        boolean closing = end < text.length() && "措吉草".indexOf(text.charAt(end)) >= 0
                && (end + 1 >= text.length() || !isNameChar(text.charAt(end + 1)));
        return closing ? end + 1 : end;
    }

    private int tibetanNameBefore(String text, int at) {
        for (String name : tibetanNames) {
            if (at >= name.length() && text.startsWith(name, at - name.length())) {
                return at - name.length();
            }
        }
        return -1;
    }

    private int tibetanNameEnd(String text, int i) {
        for (String name : tibetanNames) {
            if (text.startsWith(name, i)) {
                return i + name.length();
            }
        }
        return -1;
    }

    /** A name introduced by 叫 may be any name (完么, 何勇, 王福年): two to four characters up to a stop. */
    private int introducedNameEnd(String text, int i) {
        int tibetan = tibetanNames(text, i);
        if (tibetan > 0) {
            return tibetan;
        }
        int j = i;
        while (j < text.length() && j - i < 4 && isNameChar(text.charAt(j)) && !startsTitleOrVerb(text, j)
                && !(j > i && text.charAt(j) == '的')) {
            j++;
        }
        return j - i >= 2 ? j : -1;
    }

    private int bareSurnameEnd(String text, int i) {
        return i < text.length() && surnames.contains(text.charAt(i)) ? i + 1 : -1;
    }

    private boolean startsTitleOrVerb(String text, int j) {
        return startsWithAny(text, j, NAME_FOLLOWERS) || startsWithAny(text, j, titles)
                || text.startsWith("老婆", j) || text.startsWith("师", j);
    }

    private static boolean isNameChar(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && NAME_STOPS.indexOf(c) < 0;
    }

    private void titledSurnames(String text, List<Candidate> found) {
        for (String title : titles) {
            int from = 0;
            int at;
            while ((at = text.indexOf(title, from)) >= 0) {
                from = at + title.length();
                int tibetan = tibetanNameBefore(text, at);
                if (tibetan >= 0 && nameEnd(text, at + title.length()) < 0) {
                    found.add(new Candidate(tibetan, at + title.length(), true)); // 扎西老板
                    continue;
                }
                if (at >= 2 && text.charAt(at - 1) == '姓' && surnames.contains(text.charAt(at - 2))) {
                    found.add(new Candidate(at - 2, at + title.length(), true)); // 倪姓老板
                    continue;
                }
                if (at == 0 || !surnames.contains(text.charAt(at - 1)) || isRoleAt(text, at - 1)
                        || at >= 2 && text.startsWith("公司", at - 2) // 公司老板 is the company's boss, not Mr 司
                        || nameEnd(text, at + title.length()) > 0
                        || FUNCTION_SURNAMES.indexOf(text.charAt(at - 1)) >= 0) {
                    continue; // 包工头 is a role, not Mr 包's crew; 向老板 is "to the boss"
                }
                found.add(new Candidate(at - 1, at + title.length(), true));
            }
        }
    }

    private String platformAt(String text, int at) {
        for (String platform : platforms) {
            if (text.startsWith(platform, at)) {
                return platform;
            }
        }
        return null;
    }

    private boolean isRoleAt(String text, int at) {
        return startsWithAny(text, at, roles);
    }

    private void organisations(String text, List<Candidate> found) {
        boolean[] used = new boolean[text.length() + 1];
        for (String suffix : suffixes) {
            int from = 0;
            int at;
            while ((at = text.indexOf(suffix, from)) >= 0) {
                from = at + suffix.length();
                if (used[at]) {
                    continue;
                }
                int end = at + suffix.length();
                int start = at;
                while (start > 0 && at - start < 16 && ORG_STOPS.indexOf(text.charAt(start - 1)) < 0) {
                    start--;
                }
                start = afterClauseWords(text, start, at);
                if (!INSTITUTIONS.contains(suffix)) {
                    start = skipPartyWord(text, start, at);
                    start = skipPlace(text, start, at);
                    java.util.regex.Matcher address = ADDRESS.matcher(text.substring(start, at));
                    if (address.find()) {
                        start += address.end();
                    }
                }
                boolean countyUnit = at - start == 1 && INSTITUTIONS.contains(suffix) && "县乡镇".indexOf(text.charAt(start)) >= 0;
                if (at - start < 2 && !countyUnit) {
                    continue;
                }
                String platform = platformAt(text, start);
                if (platform != null) {
                    continue; // 美团站点: the platform names the employer
                }
                if (!INSTITUTIONS.contains(suffix) && isGeneric(text.substring(start, at))) {
                    continue;
                }
                String span = text.substring(start, end);
                boolean aCertain = span.contains("某") && !span.contains("某某"); // 某酒店 is "a hotel"
                // 一个藏羊养殖场, 一家饲料加工厂, 尕海镇的砖厂: "a factory", described rather than named
                boolean described = start > 0 && "个家的".indexOf(text.charAt(start - 1)) >= 0
                        && !FORMAL_SUFFIXES.contains(suffix) && !span.contains("“");
                boolean place = startsWithAny(text, end, LOCATION_AFTER);
                String name = text.substring(start, at);
                boolean twoNames = COMPANY_WORDS.stream().anyMatch(name::contains);
                if (NOT_EMPLOYERS.stream().anyMatch(span::contains) || aCertain || place || twoNames || described
                        || span.toLowerCase().contains("xx")) {
                    continue;
                }
                for (int k = at; k < end; k++) {
                    used[k] = true;
                }
                found.add(new Candidate(start, end, false));
            }
        }
    }

    private static final List<String> GENERIC_WORDS = Gazetteer.rows("generic-business-words.txt").stream()
            .map(r -> r[0]).sorted(Comparator.comparingInt(String::length).reversed()).toList();

    /** "建筑公司", "劳务公司": a name made only of generic words names no one. */
    private boolean isGeneric(String name) {
        String rest = name;
        for (String place : places) {
            rest = rest.replace(place, "");
        }
        for (String word : GENERIC_WORDS) {
            rest = rest.replace(word, "");
        }
        return rest.isEmpty();
    }

    private static int afterClauseWords(String text, int start, int suffixAt) {
        int from = start;
        String name = text.substring(start, suffixAt);
        for (String word : CLAUSE_WORDS) {
            int at = name.lastIndexOf(word);
            if (at >= 0) {
                from = Math.max(from, start + at + word.length());
            }
        }
        return from;
    }

    private static final List<String> PARTY_WORDS = WORDS.get("party-words");

    /** "施工方甘南恒基建设有限公司": the word saying which party it is stays outside the name. */
    private static int skipPartyWord(String text, int start, int suffixAt) {
        int from = start;
        for (String word : PARTY_WORDS) {
            int at = text.substring(0, suffixAt).lastIndexOf(word);
            if (at >= start && at + word.length() < suffixAt) {
                from = Math.max(from, at + word.length()); // 该项目劳务分包单位甘肃诚信劳务有限公司
            }
        }
        return from;
    }

    /** "郎木寺镇饭店" names a place, not a business: a span that is only a township name before the suffix is none. */
    private int skipPlace(String text, int start, int suffixAt) {
        String name = text.substring(start, suffixAt);
        for (String place : places) {
            if (name.equals(place) || name.equals(place + "的") || name.equals("碌曲县" + place)) {
                return suffixAt;
            }
        }
        for (String generic : List.of("县城", "县里", "镇上", "乡里", "碌曲县", "碌曲")) {
            if (name.equals(generic)) {
                return suffixAt;
            }
        }
        return start;
    }

    private static List<Candidate> dropOverlaps(List<Candidate> sorted) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            Candidate last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && c.start() < last.end()) {
                if (c.end() - c.start() > last.end() - last.start() && !last.person()) {
                    kept.set(kept.size() - 1, c);
                } else if (c.person() && !last.person()) {
                    kept.set(kept.size() - 1, c);
                }
                continue;
            }
            kept.add(c);
        }
        return kept;
    }
}
