package org.xinsheng.nlp.names;

import opennlp.tools.namefind.NameSample;
import org.junit.jupiter.api.Test;
import org.xinsheng.nlp.corpus.LabelledComplaint;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EmployerNameFinderTest {

    private static LabelledComplaint wage(String text, String employer) {
        return new LabelledComplaint("t", text, "zh", true, "construction", employer, null, 1, null, false);
    }

    @Test
    void chineseIsOneTokenPerCharacterAndTibetanOnePerSyllable() {
        String text = "包工头王某欠我3500 ལས་དཔོན་李军";
        List<NameTokens.Token> tokens = NameTokens.of(text);
        assertArrayEquals(new String[]{"包", "工", "头", "王", "某", "欠", "我", "<num>", "ལས", "དཔོན", "李", "军"},
                NameTokens.texts(text, tokens));
    }

    @Test
    void aTrainingSampleMarksTheLabelledEmployer() {
        NameSample sample = EmployerNameTrainer.sample(wage("在郎木寺镇，包工头王某欠我工资", "包工头王某"));
        assertEquals(1, sample.getNames().length);
        assertEquals(6, sample.getNames()[0].getStart());
        assertEquals(11, sample.getNames()[0].getEnd());
    }

    @Test
    void anEmployerThatSplitsATokenIsLeftOutOfTraining() {
        // the agentive ས is fused onto the name's last syllable: no token boundary where the name ends
        assertNull(EmployerNameTrainer.sample(new LabelledComplaint("t", "ལས་དཔོན་རྡོ་རྗེས་མ་སྤྲད", "bo", true, "other",
                "ལས་དཔོན་རྡོ་རྗེ", null, 1, null, false)));
        assertNull(EmployerNameTrainer.sample(new LabelledComplaint("t", "我摔伤了", "zh", false, "not_wage",
                null, null, null, null, false)));
    }

    @Test
    void aFinderTrainedOnComplaintsFindsTheirEmployersVerbatim() {
        String[] names = {"王某", "李四", "马军", "赵六", "周强", "孙海", "韩平", "冯涛"};
        List<LabelledComplaint> lines = new ArrayList<>();
        for (String name : names) {
            lines.add(wage("我在尕海干活，老板" + name + "欠我工资", "老板" + name));
            lines.add(wage("包工头" + name + "拖欠我们三个人的钱", "包工头" + name));
            lines.add(wage("工地上欠我八千块，一直不给", null));
        }
        EmployerNameFinder finder = EmployerNameTrainer.train("zh", lines);
        String text = "我在尕海干活，老板马军欠我工资";
        assertEquals("老板马军", finder.find(text, text));
        String none = "工地上欠我八千块，一直不给";
        assertNull(finder.find(none, none));
    }
}
