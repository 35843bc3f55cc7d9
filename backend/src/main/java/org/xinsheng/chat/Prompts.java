package org.xinsheng.chat;

import jakarta.inject.Singleton;
import org.xinsheng.routing.Jurisdiction;

import java.util.ArrayList;
import java.util.List;

/** Renders the bot's side in the conversation's language: questions, the summary, the filing answer, buttons. */
@Singleton
public class Prompts {

    private final Messages messages;
    private final Jurisdiction jurisdiction;

    public Prompts(Messages messages, Jurisdiction jurisdiction) {
        this.messages = messages;
        this.jurisdiction = jurisdiction;
    }

    String say(Conversation c, String key, Object... args) {
        return messages.text(c.getLanguage(), key, args);
    }

    /** The question for the current step; for confirm, the summary first. */
    List<String> question(Conversation c) {
        Step step = c.step();
        return switch (step) {
            case CONFIRM -> List.of(summary(c), say(c, "ask.confirm"));
            case DONE -> c.getAdvice() == null ? List.of(say(c, "done.again", c.getTrackingCode()))
                    : List.of(say(c, "done.again", c.getTrackingCode()), c.getAdvice());
            default -> List.of(say(c, "ask." + step.key()));
        };
    }

    String summary(Conversation c) {
        List<String> lines = new ArrayList<>();
        lines.add(say(c, "summary.title"));
        lines.add(say(c, c.isWage() ? "summary.kind_wage" : "summary.kind_other"));
        if (c.isWage()) {
            lines.add(say(c, "summary.employer", orUnknown(c, c.getEmployer())));
            lines.add(say(c, "summary.amount",
                    c.getAmountYuan() == null ? say(c, "summary.unknown") : String.format(java.util.Locale.ROOT, "%,d", c.getAmountYuan())));
            lines.add(say(c, "summary.workers",
                    c.getWorkers() == null ? say(c, "summary.unknown") : String.valueOf(c.getWorkers())));
        }
        lines.add(say(c, "summary.township", orUnknown(c, townshipName(c))));
        lines.add(say(c, "summary.phone", orUnknown(c, c.getPhone())));
        if (c.getName() != null) {
            lines.add(say(c, "summary.name", c.getName()));
        }
        return String.join("\n", lines);
    }

    List<String> filed(Conversation c) {
        List<String> out = new ArrayList<>();
        out.add(say(c, "filed", c.getTrackingCode()));
        if (!c.isWage()) {
            out.add(say(c, c.getAdvice() == null ? "filed.not_wage" : "filed.not_wage_advice"));
        } else {
            out.add(say(c, "filed.next"));
        }
        if (c.getAdvice() != null) {
            out.add(c.getAdvice());
        }
        return out;
    }

    List<ChatReply.QuickReply> quickReplies(Conversation c) {
        List<ChatReply.QuickReply> buttons = new ArrayList<>();
        switch (c.step()) {
            case STORY -> {
                if (jurisdiction.languages().size() > 1) {
                    buttons.add(button(c, "button.other_language", c.getLanguage().equals("zh") ? "#lang:bo" : "#lang:zh"));
                }
            }
            case EMPLOYER, AMOUNT -> buttons.add(button(c, "button.unknown", "#unknown"));
            case WORKERS -> {
                buttons.add(button(c, "button.only_me", "1"));
                buttons.add(button(c, "button.unknown", "#unknown"));
            }
            case TOWNSHIP -> {
                for (Jurisdiction.Unit t : jurisdiction.townships()) {
                    buttons.add(new ChatReply.QuickReply(t.name(c.getLanguage()), t.key()));
                }
                buttons.add(button(c, "button.unknown", "#unknown"));
            }
            case NAME -> buttons.add(button(c, "button.skip", "#skip"));
            case CONFIRM -> {
                buttons.add(button(c, "button.yes", "#yes"));
                buttons.add(button(c, "button.no", "#no"));
                for (Step slot : Step.SLOTS) {
                    if (!slot.wageOnly() || c.isWage()) {
                        buttons.add(button(c, "button.edit." + slot.key(), "#edit:" + slot.key()));
                    }
                }
            }
            case DONE -> buttons.add(button(c, "button.restart", "#restart"));
            default -> {
            }
        }
        return buttons;
    }

    private ChatReply.QuickReply button(Conversation c, String key, String value) {
        return new ChatReply.QuickReply(say(c, key), value);
    }

    private String townshipName(Conversation c) {
        return c.getTownship() == null ? null
                : jurisdiction.unit(c.getTownship()).map(u -> u.name(c.getLanguage())).orElse(c.getTownship());
    }

    private String orUnknown(Conversation c, String value) {
        return value == null ? say(c, "summary.unknown") : value;
    }
}
