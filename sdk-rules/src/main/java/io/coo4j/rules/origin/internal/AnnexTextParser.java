package io.coo4j.rules.origin.internal;

import io.coo4j.core.InvalidInputException;
import io.coo4j.core.hs.HsLevel;
import io.coo4j.rules.origin.OriginRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the product-specific rules of China's FTA annexes as GACC publishes them in Chinese. The wording differs
 * between annexes (Korea: 品目改变；或者区域价值成分40%; Peru: 从任何其他品目改变至此，只要其区域价值成分不少于50%;
 * Iceland: 从任何其他品目改变到该品目，且货物区域价值成分不低于50%; Costa Rica: 从任何其他章改变到品目 02.03，由第1章改变至此的除外),
 * so this is a grammar over the phrases, not a table of texts. After whitespace is dropped, ASCII {@code , ; :} become
 * their full-width forms, 其它 becomes 其他 and final full stops are cut:
 * <pre>
 * text      := variant+ | rule                       variant := "对于" product ("：" | "，") rule
 * rule      := all (("；或者" | "；或") all)*
 * all       := term (and)*
 * and       := ["，"] "且" term | "，只要其" rvcClause | "且其" rvcClause | "，同时" condition | "，如果" condition
 * term      := "完全获得" | shift [except] | rvc | condition
 * shift     := ("章" | "品目" | "子目") "改变" | "从任何" ["其他"] level "改变" target
 * target    := "至此" | "到该" level | "到" [level] code
 * except    := ["，"] ("但从" | "由") item (sep item)* ("转变来的除外" | "改变至此的除外" | "改变至此除外" | "改变来的除外")
 * item      := ["品目" | "子目" | "第"] code ["至" [level] code] ["章"]        sep := "、" | "，" | "或者" | "或" | "和"
 * rvc       := ["货物"] "区域价值成分" ["不少于" | "不低于"] n "%" | "不要求税则归类改变，只要其" rvcClause
 * rvcClause := "区域价值成分不少于" n "%"
 * condition := a requirement no bill of materials shows, kept verbatim: "同时要求…", "如果…", "货物应来自…",
 *              "本子目…", "本品目…" to the end of the rule
 * </pre>
 * Codes are read by their form: {@code 52.05} and {@code 5106} are headings, {@code 0805.20} a subheading, a number
 * before 章 a chapter; a level word in front must agree. Anything else is refused with its position. Thread-safe.
 */
public final class AnnexTextParser {
    /** The rule, and the codes the text says the change goes to (到品目 87.03), digits only, for checking the row. */
    public record Parsed(OriginRule rule, List<String> targets) {
        public Parsed {
            targets = List.copyOf(targets);
        }
    }

    private static final String[] CONDITION_OPENERS = {"货物应来自", "如果", "本子目", "本品目"};

    private final String s;
    private final List<String> targets = new ArrayList<>();
    private int pos;

    private AnnexTextParser(String text) {
        this.s = normalise(text);
    }

    /**
     * Reads one annex text. An {@link IllegalArgumentException}, not coo4j's exception: an annex is read row by row,
     * and a row that does not read is kept with this message as its problem.
     *
     * @throws IllegalArgumentException naming the position and what was expected
     */
    public static Parsed parse(String text) {
        AnnexTextParser p = new AnnexTextParser(text);
        if (p.s.isEmpty()) {
            throw new IllegalArgumentException("empty rule text");
        }
        OriginRule rule;
        try {
            rule = p.text();
        } catch (InvalidInputException e) { // a rule the records refuse (a variant without its product, …)
            throw p.error(e.problem());
        }
        if (p.pos != p.s.length()) {
            throw p.error("unrecognised wording");
        }
        return new Parsed(rule, p.targets);
    }

    private static String normalise(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            b.append(switch (c) {
                case ',' -> '，';
                case ';' -> '；';
                case ':' -> '：';
                default -> c;
            });
        }
        String n = b.toString().replace("其它", "其他");
        int end = n.length();
        while (end > 0 && (n.charAt(end - 1) == '。' || n.charAt(end - 1) == '.' || n.charAt(end - 1) == '；')) {
            end--;
        }
        return n.substring(0, end);
    }

    private OriginRule text() {
        if (!s.startsWith("对于")) {
            return rule(s.length());
        }
        List<OriginRule.Variant> variants = new ArrayList<>();
        while (eat("对于")) {
            int colon = firstOf('：', '，');
            if (colon < 0) {
                throw error("expected ： after the kind of product of 对于");
            }
            String product = s.substring(pos, colon);
            pos = colon + 1;
            int end = nextVariant();
            OriginRule rule = rule(end);
            if (pos != end) {
                throw error("unrecognised wording");
            }
            while (pos < s.length() && (s.charAt(pos) == '；' || s.charAt(pos) == '。')) {
                pos++;
            }
            variants.add(new OriginRule.Variant(product, rule));
        }
        if (variants.size() < 2) {
            throw error("a rule per kind of product (对于…：) needs at least two kinds");
        }
        return new OriginRule.Variants(variants);
    }

    private int firstOf(char a, char b) {
        int i = s.indexOf(a, pos);
        int j = s.indexOf(b, pos);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** Where the current variant ends: before the next 对于 that opens a clause. */
    private int nextVariant() {
        int from = pos;
        while (true) {
            int at = s.indexOf("对于", from);
            if (at < 0) {
                return s.length();
            }
            char before = s.charAt(at - 1);
            if (before == '；' || before == '。') {
                int end = at;
                while (end > pos && (s.charAt(end - 1) == '；' || s.charAt(end - 1) == '。')) {
                    end--;
                }
                return end;
            }
            from = at + 2;
        }
    }

    private OriginRule rule(int end) {
        List<OriginRule> alternatives = new ArrayList<>();
        alternatives.add(all(end));
        while (pos < end && (eat("；或者") || eat("；或"))) {
            alternatives.add(all(end));
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new OriginRule.AnyOf(alternatives);
    }

    private OriginRule all(int end) {
        List<OriginRule> parts = new ArrayList<>();
        parts.add(term(end));
        while (pos < end) {
            if (eat("，只要其") || eat("且其")) {
                parts.add(rvcClause());
            } else if (eat("，同时")) {
                parts.add(condition(end));
            } else if (at("，如果")) {
                pos++;
                parts.add(condition(end));
            } else if (eat("，且") || eat("且")) {
                parts.add(term(end));
            } else {
                break;
            }
        }
        return parts.size() == 1 ? parts.get(0) : new OriginRule.AllOf(parts);
    }

    private OriginRule term(int end) {
        if (eat("完全获得")) {
            return new OriginRule.WhollyObtained();
        }
        if (eat("不要求税则归类改变，只要其")) {
            return rvcClause();
        }
        if (eat("货物区域价值成分") || eat("区域价值成分")) {
            if (!eat("不少于")) {
                eat("不低于");
            }
            return new OriginRule.ValueContent(percent());
        }
        for (String opener : CONDITION_OPENERS) {
            if (at(opener)) {
                return condition(end);
            }
        }
        HsLevel level;
        int start = pos;
        if (eat("从任何")) {
            eat("其他");
            level = level();
            if (level == null || !eat("改变")) {
                throw error("expected 章改变, 品目改变 or 子目改变 after 从任何其他");
            }
            target();
        } else {
            level = level();
            if (level == null || !eat("改变")) {
                pos = start;
                throw error("expected a rule: 完全获得, 章改变, 品目改变, 子目改变, 区域价值成分n% or 从任何其他…改变");
            }
        }
        return new OriginRule.TariffShift(level, except());
    }

    private void target() {
        if (eat("至此")) {
            return;
        }
        if (eat("到该")) {
            if (level() == null) {
                throw error("expected 章, 品目 or 子目 after 到该");
            }
            return;
        }
        if (!eat("到")) {
            throw error("expected 至此, 到该… or 到 and a code");
        }
        HsLevel stated = level();
        Code code = code(stated);
        targets.add(code.digits);
    }

    private List<OriginRule.HsRange> except() {
        int start = pos;
        eat("，");
        if (!eat("但从") && !eat("由")) {
            pos = start;
            return List.of();
        }
        List<OriginRule.HsRange> ranges = new ArrayList<>();
        while (true) {
            ranges.add(item());
            if (eat("转变来的除外") || eat("改变至此的除外") || eat("改变至此除外") || eat("改变来的除外")) {
                return ranges;
            }
            if (!(eat("、") || eat("，") || eat("或者") || eat("或") || eat("和"))) {
                throw error("expected 、 and another code, or the end of the exception (…转变来的除外 / …改变至此除外)");
            }
        }
    }

    private OriginRule.HsRange item() {
        boolean chapterWord = eat("第");
        HsLevel stated = chapterWord ? HsLevel.CHAPTER : level();
        Code from = code(stated);
        Code to = from;
        if (eat("至")) {
            HsLevel second = level();
            to = code(second != null ? second : from.level);
        }
        if (from.level != to.level) {
            throw error("a range from " + from.digits + " to " + to.digits + " mixes levels");
        }
        return new OriginRule.HsRange(from.digits, to.digits);
    }

    private record Code(String digits, HsLevel level) {
    }

    /** A code in one of the annexes' forms; {@code stated} is the level word in front of it, if any. */
    private Code code(HsLevel stated) {
        int start = pos;
        while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
            pos++;
        }
        String raw = s.substring(start, pos);
        HsLevel level;
        String digits;
        if (eat("章")) {
            if (!raw.matches("\\d{1,2}") || stated != null && stated != HsLevel.CHAPTER) {
                pos = start;
                throw error("expected a chapter number before 章, found \"" + raw + "\"");
            }
            return new Code(raw.length() == 1 ? "0" + raw : raw, HsLevel.CHAPTER);
        }
        if (raw.matches("\\d{2}\\.\\d{2}") || raw.matches("\\d{4}")) {
            level = HsLevel.HEADING;
            digits = raw.replace(".", "");
        } else if (raw.matches("\\d{4}\\.\\d{2}") || raw.matches("\\d{6}")) {
            level = HsLevel.SUBHEADING;
            digits = raw.replace(".", "");
        } else if (stated == HsLevel.CHAPTER && raw.matches("\\d{1,2}")) {
            level = HsLevel.CHAPTER;
            digits = raw.length() == 1 ? "0" + raw : raw;
        } else {
            pos = start;
            throw error("expected an HS code (a heading as 52.05 or 5106, a subheading as 0805.20, a chapter as 第7章), found \""
                    + raw + "\"");
        }
        if (stated != null && stated != level) {
            pos = start;
            throw error("\"" + raw + "\" is not a " + name(stated));
        }
        return new Code(digits, level);
    }

    private HsLevel level() {
        if (eat("子目")) {
            return HsLevel.SUBHEADING;
        }
        if (eat("品目")) {
            return HsLevel.HEADING;
        }
        if (eat("章")) {
            return HsLevel.CHAPTER;
        }
        return null;
    }

    private OriginRule rvcClause() {
        if (!eat("区域价值成分不少于")) {
            throw error("expected 区域价值成分不少于n%");
        }
        return new OriginRule.ValueContent(percent());
    }

    private BigDecimal percent() {
        int start = pos;
        while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
            pos++;
        }
        String n = s.substring(start, pos);
        if (!n.matches("\\d{1,3}(\\.\\d+)?") || !(eat("%") || eat("％"))) {
            pos = start;
            throw error("expected a percentage such as 40%");
        }
        BigDecimal p = new BigDecimal(n);
        if (p.compareTo(BigDecimal.valueOf(100)) > 0) {
            pos = start;
            throw error("a regional value content above 100%");
        }
        return p;
    }

    /** The rest of the rule (up to {@code end}) as a named condition. */
    private OriginRule condition(int end) {
        String text = s.substring(pos, end);
        pos = end;
        return new OriginRule.Condition(text);
    }

    private static String name(HsLevel level) {
        return switch (level) {
            case CHAPTER -> "chapter (章)";
            case HEADING -> "heading (品目)";
            case SUBHEADING -> "subheading (子目)";
        };
    }

    private boolean at(String word) {
        return s.startsWith(word, pos);
    }

    private boolean eat(String word) {
        if (s.startsWith(word, pos)) {
            pos += word.length();
            return true;
        }
        return false;
    }

    private IllegalArgumentException error(String problem) {
        String rest = s.substring(Math.min(pos, s.length()));
        return new IllegalArgumentException(problem + " at character " + (pos + 1) + " of \"" + s + "\""
                + (rest.isEmpty() ? "" : " (at \"" + (rest.length() > 20 ? rest.substring(0, 20) + "…" : rest) + "\")"));
    }
}
