package org.coproduce.portal.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduce.portal.story.IdentifyingDetail.Kind;

/**
 * Finds details in a text that may identify a person: names, dates (of birth and others), ages, phone
 * numbers, email addresses, UK postcodes and street addresses. These are heuristics that err on the side of
 * showing too much: the author decides, nothing is changed or refused because of them.
 *
 * <p>Names are found after cues ("my son Tom", "called Tom", "Mrs Jones"), as runs of two or three capitalised
 * words that do not start a sentence ("we met Tom Evans"), and then wherever a name found so far appears
 * again. Where findings overlap, the longer one is kept.
 */
public final class IdentifyingDetails {

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’-]*\\p{L}";
    private static final String NAME = NAME_WORD + "(?:[ \\t]+" + NAME_WORD + "){0,2}";

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+/.-])(?:\\+[ ]?|00)?\\(?\\d(?:[ .\\-()]{0,2}\\d){6,16}(?![\\w/])");

    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![\\w-])(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\\d[A-HJKPSTUW\\d]? ?\\d[ABD-HJLNP-UW-Z]{2})(?![\\w-])",
            Pattern.CASE_INSENSITIVE);

    private static final String STREET_TYPES = "Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|Crescent|"
            + "Place|Pl|Court|Ct|Terrace|Gardens|Grove|Hill|Square|Sq|Row|Mews|Walk|Rise|Parade|Park|View|Green|"
            + "Boulevard|Vale|Meadows|Fields";
    private static final Pattern NUMBERED_STREET = Pattern.compile(
            "(?<![\\w.,/-])\\d{1,4}[A-Za-z]?,?[ \\t]+(?:\\p{Lu}[\\p{L}'’-]*[ \\t]+){1,3}(?:" + STREET_TYPES + ")(?![\\p{L}])");
    private static final Pattern WELSH_STREET = Pattern.compile(
            "(?<![\\w.,/-])\\d{1,4}[A-Za-z]?,?[ \\t]+(?:Heol|Ffordd|Stryd|Lôn|Rhodfa|Teras|Cilgant)"
                    + "(?:[ \\t]+(?:y|yr|'r))?[ \\t]+\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*)?");
    private static final Pattern NAMED_STREET = Pattern.compile(
            "(?<![\\p{L}])((?:\\p{Lu}[\\p{L}'’-]*[ \\t]+){1,3})(?:Street|Road|Lane|Avenue|Close|Drive|"
                    + "Crescent|Terrace|Gardens|Grove|Mews)(?![\\p{L}])");
    private static final String ADDRESS_PART = "(?:\\d{1,4}[A-Za-z]{0,2}(?![\\p{L}\\d])|\\p{Lu}[\\p{L}\\d'’-]*)"
            + "(?:[ \\t]+(?:\\d{1,4}[A-Za-z]{0,2}(?![\\p{L}\\d])|\\p{Lu}[\\p{L}\\d'’-]*|y|yr|upon|on|the|of))*";
    private static final Pattern FLAT = Pattern.compile(
            "(?<![\\p{L}])(?:Flat|flat|Apartment|apartment|Apt\\.?|Unit)[ \\t]+\\d{1,4}[A-Za-z]?"
                    + "(?:,[ \\t]*" + ADDRESS_PART + "){0,4}");

    private static final String MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\w/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\w/]|[.-]\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\w-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\w-])");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\w])(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?:[ \\t]+of)?[ \\t]+" + MONTHS
                    + "(?:,?[ \\t]+(?:1[89]|20)\\d{2}(?!\\d))?(?![\\p{L}])");
    private static final Pattern MONTH_DAY_OR_YEAR = Pattern.compile(
            "(?<![\\p{L}])" + MONTHS + "[ \\t]+(?:(?:1[89]|20)\\d{2}(?!\\d)|(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?![\\w])"
                    + "(?:,?[ \\t]+(?:1[89]|20)\\d{2}(?!\\d))?)");
    private static final Pattern BORN_YEAR = Pattern.compile(
            "(?i)(?<=\\bborn[ \\t](?:in[ \\t])?)(?:1[89]|20)\\d{2}(?!\\d)");
    private static final Pattern BIRTH_CUE = Pattern.compile(
            "(?i)\\b(?:born|birthday|date[ \\t]+of[ \\t]+birth|d\\.?o\\.?b\\b\\.?)");

    private static final String SMALL_NUMBERS = "one|two|three|four|five|six|seven|eight|nine";
    private static final String NUMBER_WORDS = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[- ](?:" + SMALL_NUMBERS + "))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
            + "eighteen|nineteen|" + SMALL_NUMBERS + ")";
    private static final String NUMBER = "(?:\\d{1,3}|" + NUMBER_WORDS + ")";
    private static final Pattern AGE = Pattern.compile("(?i)(?<![\\p{L}])(?:"
            + "aged?[ \\t]+(?:of[ \\t]+)?" + NUMBER
            + "|" + NUMBER + "(?:[- \\t]|[ \\t]-[ \\t])(?:years?|yrs?|months?|weeks?)(?:[- \\t])old"
            + "|" + NUMBER + "(?:st|nd|rd|th)[ \\t]+birthday"
            + ")(?![\\p{L}\\d])");

    private static final String RELATIONS = "son|daughter|husband|wife|partner|mum|mam|mom|mother|dad|father|"
            + "brother|sister|grandson|granddaughter|grandchild|nan|nana|nain|gran|granny|grandma|grandmother|"
            + "grandad|grandpa|grandfather|taid|friend|carer|support worker|social worker|key worker|keyworker|"
            + "neighbour|neighbor|child|boy|girl|baby|uncle|auntie|aunty|aunt|cousin|boyfriend|girlfriend|"
            + "fiancé|fiancée|fiance|fiancee|nephew|niece|stepson|stepdaughter|stepmum|stepdad|GP|doctor|nurse|"
            + "teacher|manager|colleague|flatmate|housemate|kids|children|twins";
    private static final Pattern RELATION_NAME = Pattern.compile(
            "(?i:\\b(?:my|our|his|her|their|your)[ \\t]+(?:(?:eldest|youngest|oldest|little|older|younger|late|best|"
                    + "new|old|twin|baby|step)[ \\t]+)?(?:" + RELATIONS + "))(?:,)?[ \\t]+(" + NAME + ")");
    private static final Pattern CALLED_NAME = Pattern.compile(
            "(?i:\\b(?:called|named|name[ \\t]+is|name's|name’s|names[ \\t]+are|known[ \\t]+as))[ \\t]+(" + NAME + ")");
    private static final Pattern TITLE_NAME = Pattern.compile(
            "(?<![\\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Nurse|Councillor|Cllr)\\.?[ \\t]+(" + NAME + ")");
    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            "(?<![\\p{L}'’-])" + NAME_WORD + "(?:[ \\t]+" + NAME_WORD + ")+");
    private static final Pattern WORD = Pattern.compile(NAME_WORD);

    /** Capitalised words that are not names, or not on their own (places, services, days). */
    private static final Set<String> NOT_NAMES = Set.copyOf(List.of((
            "I I'm I've I'd I'll The A An My Our We He She They It Its This That These Those His Her Their Your You Me "
            + "And But Or If When Then So As At In On Of To For From With By After Before Because Since While Until "
            + "Yesterday Today Tomorrow Tonight Last Next Every Each Some Many All Both Most No Not Yes Dear Hello Hi "
            + "Thanks Thank Please Sorry Also Just Now Once Here There What Why How Who Where Which Well Oh OK Okay "
            + "Mum Mam Mom Dad Nan Gran Grandad Grandma Granny Nana Nain Taid Auntie Uncle Sis Bro Baby "
            + "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
            + "August September October November December Christmas Easter Eid Diwali Ramadan Hanukkah Passover "
            + "New Year Day Week Month Council County City Borough Town Village Social Services Service Care Health "
            + "Trust Team Centre Center Hospital Clinic Surgery Practice School Primary Secondary High University "
            + "College Academy Act Street Road Lane Avenue Close Drive Way Group Society Network Department Ward "
            + "Unit Board Office Court House Home Homes Government Ministry National Local Authority Agency "
            + "Foundation Charity Association Union Community Mental Adult Adults Children Children's Family "
            + "Families Support Carers Carer Disability Disabilities Learning Housing Benefits Benefit Universal "
            + "Credit Job Jobcentre Plus Assessment Plan Review Panel Committee Policy Guidance Standards Framework "
            + "Wales England Scotland Ireland Northern Britain Great United Kingdom Europe European English Welsh "
            + "Scottish Irish British Coproduce Co-production Coproduction Co-produce Direct Payments Payment "
            + "Personal Budget Budgets Independence Living Allowance Reablement Occupational Therapy Therapist "
            + "Worker Workers Manager Station Church Chapel Mosque Temple Synagogue Library Museum Bank Police Fire "
            + "Ambulance Tribunal Citizens Advice Age Concern Mind Mencap Scope Action Project Programme Forum Hub "
            + "Café Cafe Club Zoom Teams Google Facebook WhatsApp Twitter Instagram Microsoft Word Excel Covid "
            + "Lockdown God Lord Jesus Bible Quran Autism Autistic Dementia Alzheimer's Down's Syndrome Deaf "
            + "Sign Language BSL Braille Easy Read Read Check Share Story Stories Part Chapter Step Update Note "
            + "Minister Prime Parliament Senedd Assembly Cabinet Law Rights Human Convention Declaration Charter "
            + "Equality Commission Ombudsman Inspectorate Inspection Regulation Quality Safeguarding Hospitals "
            + "General Royal Infirmary Medical Accident Emergency Intensive Centre's Team's Council's Young People "
            + "Older Person Person People Users User Citizen Partners Partnership Partnerships").split(" ")));

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]");

    private IdentifyingDetails() {
    }

    /** The likely identifying details in {@code text}, in order of position, without overlaps. */
    public static List<IdentifyingDetail> find(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<IdentifyingDetail> candidates = new ArrayList<>();
        all(text, EMAIL, Kind.EMAIL, candidates);
        phones(text, candidates);
        all(text, POSTCODE, Kind.POSTCODE, candidates);
        all(text, NUMBERED_STREET, Kind.ADDRESS, candidates);
        all(text, WELSH_STREET, Kind.ADDRESS, candidates);
        namedStreets(text, candidates);
        all(text, FLAT, Kind.ADDRESS, candidates);
        dates(text, candidates);
        all(text, AGE, Kind.AGE, candidates);
        names(text, candidates);
        return withoutOverlaps(candidates);
    }

    private static void all(String text, Pattern pattern, Kind kind, List<IdentifyingDetail> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(detail(text, kind, m.start(), trimEnd(text, m.start(), m.end())));
        }
    }

    private static void phones(String text, List<IdentifyingDetail> into) {
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            String found = m.group();
            String digits = found.replaceAll("\\D", "");
            int end = trimEnd(text, m.start(), m.end());
            if (found.startsWith("+")) {
                if (digits.length() >= 8 && digits.length() <= 15) {
                    into.add(detail(text, Kind.PHONE, m.start(), end));
                }
            } else if (found.startsWith("00")) {
                if (digits.length() >= 10 && digits.length() <= 17) {
                    into.add(detail(text, Kind.PHONE, m.start(), end));
                }
            } else if (digits.startsWith("0") && (digits.length() == 10 || digits.length() == 11)
                    && !found.contains(".")) {
                into.add(detail(text, Kind.PHONE, m.start(), end));
            }
        }
    }

    private static void namedStreets(String text, List<IdentifyingDetail> into) {
        Matcher m = NAMED_STREET.matcher(text);
        while (m.find()) {
            List<String> words = List.of(m.group(1).strip().split("[ \\t]+"));
            int skip = 0;
            while (skip < words.size() && Set.of("The", "A", "An", "My", "Our", "This", "That", "On", "In", "At",
                    "Up", "Down", "Along", "Off", "Every", "Long", "Main", "Each", "Which").contains(words.get(skip))) {
                skip++;
            }
            if (skip == words.size()) {
                continue;
            }
            int start = m.start();
            for (int i = 0; i < skip; i++) {
                start = text.indexOf(words.get(i), start) + words.get(i).length();
                while (Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
            }
            into.add(detail(text, Kind.ADDRESS, start, m.end()));
        }
    }

    private static void dates(String text, List<IdentifyingDetail> into) {
        Matcher numeric = NUMERIC_DATE.matcher(text);
        while (numeric.find()) {
            int first = Integer.parseInt(numeric.group(1));
            int second = Integer.parseInt(numeric.group(3));
            boolean dayFirst = first >= 1 && first <= 31 && second >= 1 && second <= 12;
            boolean monthFirst = first >= 1 && first <= 12 && second >= 1 && second <= 31;
            if (dayFirst || monthFirst) {
                into.add(date(text, numeric.start(), numeric.end()));
            }
        }
        Matcher iso = ISO_DATE.matcher(text);
        while (iso.find()) {
            int month = Integer.parseInt(iso.group(2));
            int day = Integer.parseInt(iso.group(3));
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                into.add(date(text, iso.start(), iso.end()));
            }
        }
        for (Pattern pattern : List.of(DAY_MONTH, MONTH_DAY_OR_YEAR)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int end = m.end();
                if (text.charAt(end - 1) == '.' && (end == text.length() || Character.isWhitespace(text.charAt(end)))) {
                    end--; // "3 Jan." at the end of a sentence: the full stop belongs to the sentence
                }
                into.add(date(text, m.start(), end));
            }
        }
        Matcher born = BORN_YEAR.matcher(text);
        while (born.find()) {
            into.add(detail(text, Kind.DATE_OF_BIRTH, born.start(), born.end()));
        }
    }

    /** A date, of birth when a cue ("born", "DOB", "birthday") comes shortly before it in the same sentence. */
    private static IdentifyingDetail date(String text, int start, int end) {
        int from = Math.max(0, start - 40);
        String before = text.substring(from, start);
        Matcher sentenceEnd = SENTENCE_END.matcher(before);
        int cut = 0;
        while (sentenceEnd.find()) {
            // a full stop inside "D.O.B." is not the end of a sentence
            if (sentenceEnd.end() < before.length() && Character.isWhitespace(before.charAt(sentenceEnd.end()))) {
                cut = sentenceEnd.end();
            }
        }
        boolean ofBirth = BIRTH_CUE.matcher(before.substring(cut)).find();
        return detail(text, ofBirth ? Kind.DATE_OF_BIRTH : Kind.DATE, start, end);
    }

    private static void names(String text, List<IdentifyingDetail> into) {
        List<IdentifyingDetail> found = new ArrayList<>();
        for (Pattern cue : List.of(RELATION_NAME, CALLED_NAME)) {
            Matcher m = cue.matcher(text);
            while (m.find()) {
                nameFrom(text, m.start(1), m.end(1), false).ifPresent(found::add);
            }
        }
        Matcher titled = TITLE_NAME.matcher(text);
        while (titled.find()) {
            nameFrom(text, titled.start(1), titled.end(1), false)
                    .map(n -> detail(text, Kind.NAME, titled.start(), n.end()))
                    .ifPresent(found::add);
        }
        Matcher run = CAPITALISED_RUN.matcher(text);
        while (run.find()) {
            int start = run.start();
            if (startsSentence(text, start)) {
                Matcher first = WORD.matcher(text).region(start, run.end());
                first.find();
                start = first.end();
                while (start < run.end() && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
            }
            if (start < run.end()) {
                nameFrom(text, start, run.end(), true).ifPresent(found::add);
            }
        }
        into.addAll(found);
        into.addAll(repeats(text, found));
    }

    /**
     * The name in {@code text[start, end)}: leading and trailing words that are not names dropped, cut at
     * the first such word inside; needs two words when {@code pairOnly}.
     */
    private static java.util.Optional<IdentifyingDetail> nameFrom(String text, int start, int end, boolean pairOnly) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(start, end);
        while (m.find()) {
            words.add(new int[] {m.start(), possessiveTrimmed(text, m.start(), m.end())});
        }
        int first = 0;
        while (first < words.size() && !nameLike(text, words.get(first))) {
            first++;
        }
        int last = first;
        while (last + 1 < words.size() && nameLike(text, words.get(last + 1))
                && words.get(last)[1] == possessiveUntrimmedEnd(text, words.get(last))) {
            last++;
        }
        if (first >= words.size() || (pairOnly && last - first < 1)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(detail(text, Kind.NAME, words.get(first)[0], words.get(last)[1]));
    }

    private static boolean nameLike(String text, int[] word) {
        String w = text.substring(word[0], word[1]);
        return !NOT_NAMES.contains(w) && !w.equals(w.toUpperCase(java.util.Locale.ROOT)) && w.length() >= 2;
    }

    private static int possessiveTrimmed(String text, int start, int end) {
        if (end - start > 3 && (text.startsWith("'s", end - 2) || text.startsWith("’s", end - 2))) {
            return end - 2;
        }
        return end;
    }

    /** Where a word really ends (its possessive included): a name does not run on past "Tom's". */
    private static int possessiveUntrimmedEnd(String text, int[] word) {
        int end = word[1];
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '\''
                || text.charAt(end) == '’' || text.charAt(end) == '-')) {
            end++;
        }
        return end;
    }

    /** Every other place where a word of a name found already appears on its own. */
    private static List<IdentifyingDetail> repeats(String text, List<IdentifyingDetail> names) {
        Set<String> words = new LinkedHashSet<>();
        for (IdentifyingDetail name : names) {
            Matcher m = WORD.matcher(name.text());
            while (m.find()) {
                String word = name.text().substring(m.start(), possessiveTrimmed(name.text(), m.start(), m.end()));
                if (!NOT_NAMES.contains(word) && !isTitle(word)) {
                    words.add(word);
                }
            }
        }
        List<IdentifyingDetail> repeats = new ArrayList<>();
        for (String word : words) {
            Matcher m = Pattern.compile("(?<![\\p{L}'’-])" + Pattern.quote(word) + "(?![\\p{L}-])").matcher(text);
            while (m.find()) {
                repeats.add(detail(text, Kind.NAME, m.start(), m.end()));
            }
        }
        return repeats;
    }

    private static boolean isTitle(String word) {
        return Set.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Nurse", "Councillor", "Cllr")
                .contains(word);
    }

    /** Whether {@code index} begins a sentence, a line or the text (quotes and Markdown marks skipped). */
    static boolean startsSentence(String text, int index) {
        int i = index - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"“‘'(*_#>-•".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?…:".indexOf(text.charAt(i)) >= 0 || startsLine(text, i, index);
    }

    private static boolean startsLine(String text, int before, int index) {
        String between = text.substring(before + 1, index);
        return between.contains("\n") && !Character.isLetterOrDigit(text.charAt(before)) && text.charAt(before) != ',';
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && " \t.,".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private static IdentifyingDetail detail(String text, Kind kind, int start, int end) {
        return new IdentifyingDetail(kind, text.substring(start, end), start, end);
    }

    /** Longer findings first (then by kind); a finding overlapping one kept already is dropped. */
    private static List<IdentifyingDetail> withoutOverlaps(List<IdentifyingDetail> candidates) {
        List<IdentifyingDetail> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((IdentifyingDetail d) -> d.end() - d.start()).reversed()
                .thenComparing(IdentifyingDetail::kind).thenComparingInt(IdentifyingDetail::start));
        List<IdentifyingDetail> kept = new ArrayList<>();
        for (IdentifyingDetail d : sorted) {
            if (d.end() > d.start() && kept.stream().noneMatch(k -> k.start() < d.end() && d.start() < k.end())) {
                kept.add(d);
            }
        }
        kept.sort(Comparator.comparingInt(IdentifyingDetail::start));
        return List.copyOf(kept);
    }
}
