package org.xinsheng.chat;

import jakarta.inject.Singleton;
import org.xinsheng.nlp.Analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * One turn of the guided conversation: commands first (restart, language, help), then the answer to whatever was
 * asked. The story comes first; after it only the slots the analyzer left empty are asked, then a summary to confirm
 * or correct. Everything the bot says is a message key; {@link Prompts} renders them.
 */
@Singleton
public class Dialogue {

    /** After this many unreadable answers an optional slot is left empty; the phone is asked until given. */
    static final int MAX_RETRIES = 3;
    /** In the order a named field is looked for: the workers' field words (人, མི) are the most general, so last. */
    private static final List<Step> CORRECTABLE = List.of(Step.PHONE, Step.NAME, Step.AMOUNT, Step.TOWNSHIP,
            Step.EMPLOYER, Step.WORKERS);
    /** Slots whose reader turns down what is not their kind of answer; free text (employer, name) reads as anything. */
    private static final List<Step> READ_STRICTLY = List.of(Step.AMOUNT, Step.WORKERS, Step.TOWNSHIP, Step.PHONE);

    private final TextAnalyzer analyzer;
    private final SlotReader reader;
    private final Vocabulary words;
    private final Prompts prompts;
    private final ChatFiling filing;
    private final StoryReader stories;

    public Dialogue(TextAnalyzer analyzer, SlotReader reader, Vocabulary words, Prompts prompts, ChatFiling filing,
                    StoryReader stories) {
        this.stories = stories;
        this.analyzer = analyzer;
        this.reader = reader;
        this.words = words;
        this.prompts = prompts;
        this.filing = filing;
    }

    List<String> opening(Conversation c) {
        List<String> out = new ArrayList<>();
        out.add(prompts.say(c, "greeting"));
        out.addAll(prompts.question(c));
        return out;
    }

    List<String> resume(Conversation c) {
        List<String> out = new ArrayList<>();
        out.add(prompts.say(c, c.step() == Step.DONE ? "resume.done" : "resume"));
        out.addAll(prompts.question(c));
        return out;
    }

    List<String> turn(String sessionId, Conversation c, String text) {
        String n = Vocabulary.normalize(text);
        List<String> out = new ArrayList<>();
        if (n.equals("#restart") || words.is("restart", n)) {
            c.reset();
            out.add(prompts.say(c, "restarted"));
            out.addAll(prompts.question(c));
        } else if (n.equals("#lang:zh") || n.equals("#lang:bo") || words.is("lang_zh", n) || words.is("lang_bo", n)) {
            c.setLanguage(n.equals("#lang:bo") || words.is("lang_bo", n) ? "bo" : "zh");
            out.add(prompts.say(c, "language.switched"));
            out.addAll(prompts.question(c));
        } else if (n.equals("#help") || words.is("help", n)) {
            out.add(prompts.say(c, "help"));
            out.addAll(prompts.question(c));
        } else if (words.mentions("abuse", n) && meaningful(words.without("abuse", n)) < 2) {
            out.add(prompts.say(c, "abuse"));
            out.addAll(prompts.question(c));
        } else if (n.startsWith("#") && !expectedButton(c.step(), n)) {
            // A button from an earlier step, pressed late or twice: ask the current question again.
            out.addAll(prompts.question(c));
        } else {
            switch (c.step()) {
                case STORY -> story(c, text, n, out);
                case CONFIRM -> confirm(sessionId, c, text, n, out);
                case DONE -> out.addAll(prompts.question(c));
                default -> {
                    if (!correctedEarlierAnswer(c, text, n, out)) {
                        slot(c, c.step(), text, out);
                    }
                }
            }
        }
        return out;
    }

    private void story(Conversation c, String text, String n, List<String> out) {
        if (meaningful(n) < 3) {
            c.setRetries(c.getRetries() + 1);
            out.add(prompts.say(c, c.getRetries() >= 2 ? "reason.story_again" : "reason.story"));
            return;
        }
        Analysis analysis = stories.read(text);
        c.takeStory(text, analysis);
        if (!analysis.language().equals(c.getLanguage())) {
            // Workers write in the language they read best; answer in it.
            c.setLanguage(analysis.language());
            out.add(prompts.say(c, "language.switched"));
        }
        out.add(prompts.say(c, c.isWage() ? "story.heard" : "story.heard_not_wage"));
        advance(c, out);
    }

    private void slot(Conversation c, Step slot, String text, List<String> out) {
        Answer answer = reader.read(slot, text);
        if (answer.kind() == Answer.Kind.INVALID && (slot == Step.PHONE || c.getRetries() + 1 < MAX_RETRIES)) {
            c.setRetries(c.getRetries() + 1);
            out.add(prompts.say(c, answer.reason(), answer.args()));
            if (slot == Step.PHONE && c.getRetries() >= 2) {
                out.add(prompts.say(c, "reason.phone_hotline"));
            }
            return;
        }
        c.markAsked(slot);
        if (answer.kind() == Answer.Kind.VALUE) {
            c.set(slot, answer.value());
            alsoFill(c, text);
        } else {
            c.set(slot, null);
            out.add(prompts.say(c, answer.kind() != Answer.Kind.UNKNOWN ? "noted.move_on"
                    : slot == Step.NAME ? "noted.skip" : "noted.unknown"));
        }
        advance(c, out);
    }

    private void confirm(String sessionId, Conversation c, String text, String n, List<String> out) {
        if (n.equals("#yes") || words.is("yes", n)) {
            ChatFiling.Filed filed = filing.file(sessionId, c);
            c.setTrackingCode(filed.trackingCode());
            c.setAdvice(filed.advice());
            c.step(Step.DONE);
            out.addAll(prompts.filed(c));
            return;
        }
        if (words.is("kind_other", n)) {
            c.setWageArrears(false);
            c.setSector("not_wage");
            c.setEmployer(null);
            c.setAmountYuan(null);
            c.setWorkers(null);
            out.add(prompts.say(c, "corrected"));
            advance(c, out);
            return;
        }
        if (words.is("kind_wage", n)) {
            c.setWageArrears(true);
            if ("not_wage".equals(c.getSector())) {
                c.setSector("other");
            }
            out.add(prompts.say(c, "corrected"));
            advance(c, out);
            return;
        }
        if (n.startsWith("#edit:")) {
            Step.of(n.substring("#edit:".length()))
                    .filter(s -> CORRECTABLE.contains(s) && (!s.wageOnly() || c.isWage())).ifPresentOrElse(slot -> {
                c.unmarkAsked(slot);
                c.step(slot);
                out.addAll(prompts.question(c));
            }, () -> out.add(prompts.say(c, "confirm.which")));
            return;
        }
        if (SlotReader.digits(n).matches("[0-9]{11,13}")) {
            correct(c, Step.PHONE, text, out); // a bare number at the summary can only be a new phone number
            return;
        }
        for (Step slot : CORRECTABLE) {
            if (!words.mentions("field." + slot.key(), n) || (slot.wageOnly() && !c.isWage())) {
                continue;
            }
            correct(c, slot, text, out);
            return;
        }
        if (n.equals("#no") || words.is("no", n)) {
            out.add(prompts.say(c, "confirm.which"));
        } else {
            out.add(prompts.say(c, "confirm.unclear"));
        }
    }

    /**
     * "不对，是七个人" while the phone is asked: a correction of another slot, named by its field word or else the
     * slot answered just before, is made and the current question asked again. False when the message is no such
     * correction (then it is the answer to the current question).
     */
    private boolean correctedEarlierAnswer(Conversation c, String text, String n, List<String> out) {
        if (!words.mentions("correction_marker", n) || words.mentions("field." + c.step().key(), n)) {
            return false;
        }
        for (Step slot : CORRECTABLE) {
            if (slot != c.step() && (!slot.wageOnly() || c.isWage()) && words.mentions("field." + slot.key(), n)) {
                correct(c, slot, text, out);
                return true;
            }
        }
        Step previous = c.lastAnswered();
        if (previous == null || previous == c.step() || !READ_STRICTLY.contains(previous)
                || (previous.wageOnly() && !c.isWage())) {
            return false;
        }
        Answer answer = reader.read(previous, words.strip("correction_filler", text));
        if (answer.kind() != Answer.Kind.VALUE) {
            return false;
        }
        c.set(previous, answer.value());
        out.add(prompts.say(c, "corrected"));
        advance(c, out);
        return true;
    }

    /** "金额不对，是两万八": the field named, then the new value in the same message, or asked for next. */
    private void correct(Conversation c, Step slot, String text, List<String> out) {
        String value = words.strip("correction_filler", words.strip("field." + slot.key(), text));
        if (meaningful(Vocabulary.normalize(value)) == 0 && SlotReader.digits(value).chars().noneMatch(Character::isDigit)) {
            c.unmarkAsked(slot);
            c.step(slot);
            out.addAll(prompts.question(c));
            return;
        }
        Answer answer = reader.read(slot, value);
        if (answer.kind() == Answer.Kind.INVALID) {
            answer = reader.read(slot, words.strip("correction_filler", text)); // "ནོར་སོང། མི་བདུན་རེད": མི is part of the count
        }
        if (answer.kind() == Answer.Kind.INVALID) {
            c.unmarkAsked(slot);
            c.step(slot);
            c.setRetries(1);
            out.add(prompts.say(c, answer.reason(), answer.args()));
            return;
        }
        c.set(slot, answer.value());
        c.markAsked(slot);
        out.add(prompts.say(c, "corrected"));
        advance(c, out);
    }

    /**
     * An answer that says more than was asked ("王老板，欠我三万五") fills the other empty slots it names, so they are
     * not asked again. Worker counts are left out: the analyzer counts one worker whenever none is named.
     */
    private void alsoFill(Conversation c, String text) {
        if (!c.isWage() || meaningful(Vocabulary.normalize(text)) < 4) {
            return;
        }
        Analysis more = analyzer.analyze(text);
        if (!Boolean.TRUE.equals(more.wageArrears())) {
            return;
        }
        fillIfOpen(c, Step.EMPLOYER, stories.employerOrNull(text, more.employer()));
        fillIfOpen(c, Step.AMOUNT, more.amountYuan());
        fillIfOpen(c, Step.TOWNSHIP, more.township());
    }

    private static void fillIfOpen(Conversation c, Step slot, Object value) {
        if (value != null && c.value(slot) == null && !c.wasAsked(slot)) {
            c.set(slot, value);
        }
    }

    /** Moves to the first slot still empty and never asked, or to the summary. */
    private void advance(Conversation c, List<String> out) {
        Step next = Step.CONFIRM;
        for (Step slot : Step.SLOTS) {
            if (slot.wageOnly() && !c.isWage()) {
                continue;
            }
            if (c.value(slot) == null && !c.wasAsked(slot)) {
                next = slot;
                break;
            }
        }
        c.step(next);
        out.addAll(prompts.question(c));
    }

    private static boolean expectedButton(Step step, String n) {
        return switch (step) {
            case CONFIRM, DONE -> n.equals("#yes") || n.equals("#no") || n.startsWith("#edit:");
            case STORY, PHONE -> false;
            default -> n.equals("#unknown") || n.equals("#skip");
        };
    }

    /** Distinct Chinese characters and Tibetan letters: below three, nothing a person could act on. */
    static int meaningful(String normalized) {
        return (int) normalized.codePoints()
                .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                        || (cp >= 0x0F40 && cp <= 0x0F6C))
                .distinct().count();
    }
}
